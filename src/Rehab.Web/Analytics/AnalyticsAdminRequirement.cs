using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Analytics;
using Rehab.Data;
using Rehab.Web.Auth;

namespace Rehab.Web.Analytics;

/// <summary>
/// The signed-in user, holding AnalyticsAccess, is an Analytics Admin (by their permissions, or by the roles an
/// Analytics Admin gave them) or a company admin, who can always restore an Analytics Admin when none is left.
/// </summary>
public sealed class AnalyticsAdminRequirement : IAuthorizationRequirement
{
    public const string Policy = "AnalyticsAdmin";
}

public sealed class AnalyticsAdminHandler(RehabDbContext db) : AuthorizationHandler<AnalyticsAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AnalyticsAdminRequirement requirement)
    {
        if (!Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !Guid.TryParse(context.User.FindFirstValue(RehabClaims.CompanyId), out var companyId))
            return;
        var permissions = context.User.FindAll(RehabClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (!permissions.Contains(Core.Users.Permission.AnalyticsAccess))
            return;
        if (permissions.Contains(Core.Users.Permission.CompanyAdmin))
        {
            context.Succeed(requirement);
            return;
        }
        var stored = await db.AnalyticsRoleGrants.IgnoreQueryFilters()
            .Where(g => g.UserId == userId && g.CompanyId == companyId).Select(g => g.Role).ToListAsync();
        if (AnalyticsRoleAssignment.IsAdmin(permissions, stored))
            context.Succeed(requirement);
    }
}

public static class AnalyticsAuthorization
{
    public static void AddAnalyticsAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, AnalyticsAdminHandler>();
        services.AddAuthorizationBuilder().AddPolicy(AnalyticsAdminRequirement.Policy, p => p
            .RequireAuthenticatedUser()
            .RequireClaim(RehabClaims.Permission, Core.Users.Permission.AnalyticsAccess)
            .AddRequirements(new AnalyticsAdminRequirement()));
    }
}
