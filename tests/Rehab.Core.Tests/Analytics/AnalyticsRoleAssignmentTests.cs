using Rehab.Core.Analytics;
using static Rehab.Core.Users.Permission;

namespace Rehab.Core.Tests.Analytics;

public sealed class AnalyticsRoleAssignmentTests
{
    private static HashSet<string> P(params string[] permissions) => permissions.ToHashSet();

    [Fact]
    public void Without_stored_roles_the_permissions_decide()
    {
        Assert.Equal([AnalyticsRole.ReportingUser], AnalyticsRoleAssignment.Effective(P(AnalyticsAccess), []));
        Assert.Equal([AnalyticsRole.AnalyticsAdmin], AnalyticsRoleAssignment.Effective(P(AnalyticsAccess, ClinicAdmin), []));
        Assert.Equal(new HashSet<AnalyticsRole> { AnalyticsRole.AnalyticsAdmin, AnalyticsRole.BillingUser },
            AnalyticsRoleAssignment.Effective(P(AnalyticsAccess, CompanyAdmin, BillingReportAdmin), []).ToHashSet());
    }

    [Fact]
    public void Stored_roles_replace_the_derived_ones()
    {
        Assert.Equal([AnalyticsRole.BillingUser], AnalyticsRoleAssignment.Effective(P(AnalyticsAccess, ClinicAdmin), [AnalyticsRole.BillingUser]));
        Assert.True(AnalyticsRoleAssignment.IsAdmin(P(AnalyticsAccess), [AnalyticsRole.AnalyticsAdmin]));
        Assert.False(AnalyticsRoleAssignment.IsAdmin(P(AnalyticsAccess, CompanyAdmin), [AnalyticsRole.ReportingUser]));
    }

    [Fact]
    public void Without_AnalyticsAccess_no_role_is_held_whatever_is_stored()
    {
        Assert.Empty(AnalyticsRoleAssignment.Effective(P(CompanyAdmin), [AnalyticsRole.AnalyticsAdmin]));
        Assert.False(AnalyticsRoleAssignment.IsAdmin(P(CompanyAdmin, ClinicAdmin), [AnalyticsRole.AnalyticsAdmin]));
        Assert.NotEmpty(AnalyticsRoleAssignment.Refusals(P(CompanyAdmin), [AnalyticsRole.ReportingUser]));
    }

    [Fact]
    public void A_user_with_access_keeps_at_least_one_role()
    {
        Assert.NotEmpty(AnalyticsRoleAssignment.Refusals(P(AnalyticsAccess), []));
        Assert.Empty(AnalyticsRoleAssignment.Refusals(P(AnalyticsAccess), [AnalyticsRole.BillingUser]));
    }

    [Theory]
    [InlineData(AnalyticsRoleBulkAction.AddAdmin, new[] { AnalyticsRole.ReportingUser }, new[] { AnalyticsRole.ReportingUser, AnalyticsRole.AnalyticsAdmin })]
    [InlineData(AnalyticsRoleBulkAction.RemoveAdmin, new[] { AnalyticsRole.AnalyticsAdmin, AnalyticsRole.BillingUser }, new[] { AnalyticsRole.BillingUser })]
    [InlineData(AnalyticsRoleBulkAction.RemoveAdmin, new[] { AnalyticsRole.AnalyticsAdmin }, new[] { AnalyticsRole.ReportingUser })]
    [InlineData(AnalyticsRoleBulkAction.AddBilling, new[] { AnalyticsRole.AnalyticsAdmin }, new[] { AnalyticsRole.AnalyticsAdmin, AnalyticsRole.BillingUser })]
    [InlineData(AnalyticsRoleBulkAction.RemoveBilling, new[] { AnalyticsRole.BillingUser }, new[] { AnalyticsRole.ReportingUser })]
    [InlineData(AnalyticsRoleBulkAction.RemoveBilling, new[] { AnalyticsRole.ReportingUser }, new[] { AnalyticsRole.ReportingUser })]
    public void Bulk_actions_add_or_remove_one_role_and_never_leave_none(AnalyticsRoleBulkAction action, AnalyticsRole[] before, AnalyticsRole[] after) =>
        Assert.Equal(after.ToHashSet(), AnalyticsRoleAssignment.Apply(action, before.ToHashSet()).ToHashSet());
}
