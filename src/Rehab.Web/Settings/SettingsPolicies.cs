using Microsoft.AspNetCore.Authorization;
using Rehab.Core.Users;
using Rehab.Web.Auth;

namespace Rehab.Web.Settings;

/// <summary>Who may read the settings review: company administrators and insurance administrators.</summary>
public static class SettingsPolicies
{
    public const string ReviewSettings = "ReviewSettings";

    private static readonly string[] Reviewers = [Permission.CompanyAdmin, Permission.InsuranceAdmin];

    public static AuthorizationBuilder AddSettingsPolicies(this AuthorizationBuilder builder) =>
        builder.AddPolicy(ReviewSettings, p => p.RequireAuthenticatedUser().RequireClaim(RehabClaims.Permission, Reviewers));
}
