namespace Rehab.Web.Auth;

/// <summary>Claims a signed-in principal carries besides Identity's own.</summary>
public static class RehabClaims
{
    public const string CompanyId = "rehab:company";
    public const string DisplayName = "rehab:name";
    public const string Permission = "rehab:perm";
    /// <summary>One claim per clinic the user may see, or the single value <see cref="AllClinics"/>.</summary>
    public const string Clinic = "rehab:clinic";
    public const string AllClinics = "all";
}
