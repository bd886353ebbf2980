namespace Rehab.Core.Users;

/// <summary>Who in the company must sign in with a second factor (ONC 170.315(d)(13), ASVS 6.3.2).</summary>
public enum MfaRequirement
{
    /// <summary>Users choose; those who enrol are always asked for their code.</summary>
    Optional,
    /// <summary>Users holding any administering permission must enrol.</summary>
    Administrators,
    Everyone,
}

public static class MfaRule
{
    /// <summary>The permissions that administer users, settings, payers, calendars or financial reports.</summary>
    public static readonly IReadOnlySet<string> AdministeringPermissions = new HashSet<string>(StringComparer.Ordinal)
    {
        Permission.EditUsers, Permission.CalendarAdmin, Permission.ClinicAdmin, Permission.CompanyAdmin,
        Permission.InsuranceAdmin, Permission.BillingReportAdmin,
    };

    public static bool MustEnrol(MfaRequirement requirement, IEnumerable<string> permissions) => requirement switch
    {
        MfaRequirement.Everyone => true,
        MfaRequirement.Administrators => permissions.Any(AdministeringPermissions.Contains),
        _ => false,
    };
}
