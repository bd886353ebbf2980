using System.Text.RegularExpressions;

namespace Rehab.Core.Organization;

public static partial class UsPostalCode
{
    public static bool IsValid(string? zip) => zip is not null && Pattern().IsMatch(zip.Trim());

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex Pattern();
}
