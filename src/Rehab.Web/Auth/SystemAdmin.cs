namespace Rehab.Web.Auth;

/// <summary>
/// The vendor's account team. Its users belong to the vendor company (a company row marked as the vendor), hold
/// no clinic permissions, and through this policy alone decide license requests of every company.
/// </summary>
public static class SystemAdmin
{
    public const string Policy = "SystemAdmin";
    public const string Claim = "rehab:system-admin";
    /// <summary>Reading license requests: a company's User Manager sees its own, the account team sees all.</summary>
    public const string LicenseRequestReaders = "LicenseRequestReaders";
}
