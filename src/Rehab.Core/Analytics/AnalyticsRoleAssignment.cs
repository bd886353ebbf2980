using Rehab.Core.Users;

namespace Rehab.Core.Analytics;

/// <summary>The four actions of the Bulk User Role Management page.</summary>
public enum AnalyticsRoleBulkAction
{
    AddAdmin,
    RemoveAdmin,
    AddBilling,
    RemoveBilling,
}

/// <summary>
/// How a user's Analytics roles are decided. Until an Analytics Admin adjusts them, they follow the user's
/// permissions (<see cref="AnalyticsRoles.Derive"/>), so a new permission shows at once; once adjusted, the stored
/// roles are the user's roles. A user without AnalyticsAccess holds no role, whatever is stored.
/// </summary>
public static class AnalyticsRoleAssignment
{
    public static IReadOnlySet<AnalyticsRole> Effective(IReadOnlySet<string> permissions, IReadOnlyCollection<AnalyticsRole> stored)
    {
        if (!permissions.Contains(Permission.AnalyticsAccess))
            return new HashSet<AnalyticsRole>();
        return stored.Count > 0 ? stored.ToHashSet() : AnalyticsRoles.Derive(permissions);
    }

    public static bool IsAdmin(IReadOnlySet<string> permissions, IReadOnlyCollection<AnalyticsRole> stored) =>
        Effective(permissions, stored).Contains(AnalyticsRole.AnalyticsAdmin);

    /// <summary>Checks an explicit set of roles for one user.</summary>
    public static IReadOnlyList<string> Refusals(IReadOnlySet<string> permissions, IReadOnlyCollection<AnalyticsRole> requested)
    {
        if (!permissions.Contains(Permission.AnalyticsAccess))
            return ["They do not have AnalyticsAccess; grant it in the User Manager first."];
        if (requested.Count == 0)
            return ["A user with AnalyticsAccess holds at least one role; remove AnalyticsAccess in the User Manager to close Analytics to them."];
        return [];
    }

    /// <summary>
    /// The roles after a bulk action. Removing the last role leaves Reporting User, the role every user with
    /// AnalyticsAccess has at least.
    /// </summary>
    public static IReadOnlySet<AnalyticsRole> Apply(AnalyticsRoleBulkAction action, IReadOnlySet<AnalyticsRole> current)
    {
        var roles = current.ToHashSet();
        switch (action)
        {
            case AnalyticsRoleBulkAction.AddAdmin: roles.Add(AnalyticsRole.AnalyticsAdmin); break;
            case AnalyticsRoleBulkAction.RemoveAdmin: roles.Remove(AnalyticsRole.AnalyticsAdmin); break;
            case AnalyticsRoleBulkAction.AddBilling: roles.Add(AnalyticsRole.BillingUser); break;
            case AnalyticsRoleBulkAction.RemoveBilling: roles.Remove(AnalyticsRole.BillingUser); break;
        }
        if (roles.Count == 0)
            roles.Add(AnalyticsRole.ReportingUser);
        return roles;
    }

    public static string DisplayName(this AnalyticsRole role) => role switch
    {
        AnalyticsRole.ReportingUser => "Reporting User",
        AnalyticsRole.BillingUser => "Billing User",
        AnalyticsRole.AnalyticsAdmin => "Analytics Admin",
        _ => role.ToString(),
    };

    public static string DisplayName(this AnalyticsRoleBulkAction action) => action switch
    {
        AnalyticsRoleBulkAction.AddAdmin => "Add Admin",
        AnalyticsRoleBulkAction.RemoveAdmin => "Remove Admin",
        AnalyticsRoleBulkAction.AddBilling => "Add Billing",
        AnalyticsRoleBulkAction.RemoveBilling => "Remove Billing",
        _ => action.ToString(),
    };
}
