using Rehab.Core.Users;

namespace Rehab.Core.Analytics;

/// <summary>What a user sees in Analytics; a user may hold several.</summary>
public enum AnalyticsRole
{
    /// <summary>Operational and clinical reports.</summary>
    ReportingUser,
    /// <summary>Financial reports, without benchmarking or comparison charts.</summary>
    BillingUser,
    /// <summary>Every report and the Management section.</summary>
    AnalyticsAdmin,
}

public static class AnalyticsRoles
{
    /// <summary>
    /// The roles a user's permissions give by default: AnalyticsAccess alone → Reporting User; with ClinicAdmin or
    /// CompanyAdmin → Analytics Admin; with BillingReportAdmin → Billing User. Without AnalyticsAccess, none.
    /// </summary>
    public static IReadOnlySet<AnalyticsRole> Derive(IReadOnlySet<string> permissions)
    {
        var roles = new HashSet<AnalyticsRole>();
        if (!permissions.Contains(Permission.AnalyticsAccess))
            return roles;
        if (permissions.Contains(Permission.ClinicAdmin) || permissions.Contains(Permission.CompanyAdmin))
            roles.Add(AnalyticsRole.AnalyticsAdmin);
        if (permissions.Contains(Permission.BillingReportAdmin))
            roles.Add(AnalyticsRole.BillingUser);
        if (roles.Count == 0)
            roles.Add(AnalyticsRole.ReportingUser);
        return roles;
    }
}
