namespace Rehab.Web.Hosting;

/// <summary>Case-insensitive LIKE patterns for typed text, with its own %, _ and \ escaped (escape character \).</summary>
public static class LikePatterns
{
    public const string Escape = "\\";

    /// <summary>Matches a lower-cased column containing the text.</summary>
    public static string Containing(string text) => "%" + Exactly(text) + "%";

    /// <summary>Matches a lower-cased column equal to the text.</summary>
    public static string Exactly(string text) =>
        text.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
