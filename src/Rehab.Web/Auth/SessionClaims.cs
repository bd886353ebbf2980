using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Rehab.Web.Auth;

/// <summary>Claims that tie a cookie or token to its server-side sign-in.</summary>
public static class SessionClaims
{
    public const string Session = "rehab:sid";
    /// <summary>Which refresh token of the family this is; only the latest may be used.</summary>
    public const string RefreshGeneration = "rehab:refresh";
    /// <summary>The password expired or an admin reset it: nothing but the password change answers.</summary>
    public const string PasswordChange = "rehab:password-change";

    public static Guid? SessionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Session), out var id) ? id : null;

    public static int? Generation(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(RefreshGeneration), out var g) ? g : null;

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == PasswordChange);

    /// <summary>Identity rebuilds the cookie's principal at every security-stamp check; the sign-in stays.</summary>
    public static Task KeepOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
            foreach (var claim in current.Claims.Where(c => c.Type is Session or PasswordChange))
                identity.AddClaim(new Claim(claim.Type, claim.Value));
        return TabletLock.KeepOnRefresh(context);
    }
}
