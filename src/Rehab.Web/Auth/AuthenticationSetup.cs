using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Rehab.Core.Users;
using Rehab.Data.Users;
using Rehab.Web.Account;
using Rehab.Web.Documentation;
using Rehab.Web.Hosting;
using Rehab.Web.Settings;
using Rehab.Web.Training;

namespace Rehab.Web.Auth;

/// <summary>
/// Cookie sign-in for pages and bearer tokens for API clients, with the lockout, idle timeout and
/// deny-by-default rules of ONC 170.315(d)(1) and (d)(5).
/// </summary>
public static class AuthenticationSetup
{
    public const string CookieOrBearer = "CookieOrBearer";

    public static void AddRehabAuthentication(this IServiceCollection services)
    {
        services.AddRehabIdentityCore()
            .AddSignInManager<RehabSignInManager>()
            .AddClaimsPrincipalFactory<RehabClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = PasswordRules.IdleTimeout;
                o.RefreshTokenExpiration = PasswordRules.IdleTimeout;
            })
            .AddIdentityCookies();
        services.EnforceTokenLifetimes();
        services.AddAccountServices();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "rehab-session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = PasswordRules.IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/Login";
            o.LogoutPath = "/Logout";
            o.AccessDeniedPath = "/Denied";
            o.Events.OnRedirectToLogin = context => ApiAnswers(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAnswers(context, StatusCodes.Status403Forbidden);
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = SessionClaims.KeepOnRefresh;
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser().Build())
            .AddPermissionPolicies()
            .AddTrainingPolicies()
            .AddSettingsPolicies()
            .AddNotePolicies();
    }

    private static Microsoft.AspNetCore.Authorization.AuthorizationBuilder AddPermissionPolicies(
        this Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder)
    {
        foreach (var permission in Permission.All)
            builder.AddPolicy(permission, p => p.RequireAuthenticatedUser().RequireClaim(RehabClaims.Permission, permission));
        builder.AddPolicy(SystemAdmin.Policy, p => p.RequireAuthenticatedUser().RequireClaim(SystemAdmin.Claim, "true"));
        builder.AddPolicy(SystemAdmin.LicenseRequestReaders, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.HasClaim(SystemAdmin.Claim, "true") || c.User.HasClaim(RehabClaims.Permission, Permission.ViewUsers)));
        return builder;
    }

    // API callers get a status code, not a redirect to a login page.
    private static Task ApiAnswers(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.IsApi())
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
