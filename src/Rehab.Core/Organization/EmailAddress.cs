using System.Text.RegularExpressions;

namespace Rehab.Core.Organization;

/// <summary>An e-mail address as people type it: one @, a name before it, a domain with a dot after it, no spaces.</summary>
public static partial class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? text) =>
        text is not null && text.Trim().Length <= MaxLength && Pattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex Pattern();
}
