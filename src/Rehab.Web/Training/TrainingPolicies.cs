using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Rehab.Core.Users;
using Rehab.Web.Auth;

namespace Rehab.Web.Training;

/// <summary>Who may see the company's training (User Manager readers) and who may change it (user and company administrators).</summary>
public static class TrainingPolicies
{
    public const string ViewTraining = "ViewTraining";
    public const string ManageTraining = "ManageTraining";

    private static readonly string[] Viewers = [Permission.ViewUsers, Permission.EditUsers, Permission.CompanyAdmin];
    private static readonly string[] Managers = [Permission.EditUsers, Permission.CompanyAdmin];

    public static AuthorizationBuilder AddTrainingPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(ViewTraining, p => p.RequireAuthenticatedUser().RequireClaim(RehabClaims.Permission, Viewers))
        .AddPolicy(ManageTraining, p => p.RequireAuthenticatedUser().RequireClaim(RehabClaims.Permission, Managers));

    public static bool CanView(ClaimsPrincipal user) => Viewers.Any(p => user.HasClaim(RehabClaims.Permission, p));

    public static bool CanManage(ClaimsPrincipal user) => Managers.Any(p => user.HasClaim(RehabClaims.Permission, p));
}
