namespace Rehab.Core.Common;

internal static class Text
{
    /// <summary>The text trimmed, or null when nothing but blanks was entered.</summary>
    public static string? TrimToNull(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
