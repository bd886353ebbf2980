using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rehab.Data.Users;

namespace Rehab.Web.Auth;

/// <summary>
/// Identity's sign-in, refusing users an admin has deactivated, starting a server-side session for every cookie
/// and token family, and sending users whose password must change to the change first.
/// </summary>
public sealed class RehabSignInManager(
    UserManager<RehabUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<RehabUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<RehabUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<RehabUser> confirmation,
    SignInSessions sessions,
    PasswordExpiryCheck passwordExpiry)
    : SignInManager<RehabUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(RehabUser user) =>
        user.IsActive && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(
        RehabUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        if (!claims.Exists(c => c.Type == SessionClaims.Session))
        {
            claims.Add(new Claim(SessionClaims.Session, (await sessions.StartAsync(user)).ToString()));
            claims.Add(new Claim(SessionClaims.RefreshGeneration, "0"));
        }
        if (AuthenticationScheme == IdentityConstants.ApplicationScheme && await passwordExpiry.MustChangeAsync(user))
            claims.Add(new Claim(SessionClaims.PasswordChange, "required"));
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    public override async Task SignOutAsync()
    {
        await sessions.EndAsync(Context.User, "signed out", Context.RequestAborted);
        await base.SignOutAsync();
    }
}
