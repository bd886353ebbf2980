namespace Rehab.Core.Users;

/// <summary>
/// One grantable right. Each is also an authorization policy of the same name, so a page or endpoint
/// says which right it needs in the clinic's words.
/// </summary>
public static class Permission
{
    /// <summary>Administers the organization: company details, clinics, the audit log.</summary>
    public const string CompanyAdmin = "CompanyAdmin";

    public static readonly IReadOnlyList<string> All = [CompanyAdmin];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
