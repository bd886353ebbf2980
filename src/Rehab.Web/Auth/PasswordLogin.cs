using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rehab.Core.Audit;
using Rehab.Data.Audit;
using Rehab.Data.Users;
using Rehab.Web.Auth.Mfa;

namespace Rehab.Web.Auth;

/// <summary>
/// Username and password sign-in for pages (cookie) and API clients (bearer), audited either way; a second factor
/// follows where the user enrolled one or the company requires it.
/// </summary>
public sealed class PasswordLogin(
    SignInManager<RehabUser> signIn,
    UserManager<RehabUser> users,
    AuditLog audit,
    MfaSignIn mfa,
    IOptionsMonitor<BearerTokenOptions> bearer,
    DecoyPassword decoy,
    TimeProvider clock,
    SignInSessions sessions,
    PasswordExpiryCheck passwordExpiry)
{
    public async Task<LoginResult> SignInAsync(string scheme, string userName, string password, CancellationToken ct,
        SecondFactorAnswer? secondFactor = null)
    {
        signIn.AuthenticationScheme = scheme;
        var user = await users.FindByNameAsync(userName);
        if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            decoy.Check(password);
        var result = user is null
            ? SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        var api = scheme == IdentityConstants.BearerScheme;
        // An API client cannot be sent to a page: it is refused until the password is changed (ONC 170.315(d)(1)).
        var login = !result.Succeeded
            ? new(LoginOutcome.Refused, result switch
            {
                { IsLockedOut: true } => "account locked out",
                { IsNotAllowed: true } => "account inactive",
                _ when user is null => "unknown username",
                _ => "wrong password",
            })
            : api && await passwordExpiry.MustChangeAsync(user!)
                ? new LoginResult(LoginOutcome.PasswordChangeRequired, "password must be changed")
                : await mfa.AfterPasswordAsync(user!, secondFactor, ct);
        // A page sign-in waiting for its second step is audited when the step is done.
        if (!api && login.Outcome is not (LoginOutcome.SignedIn or LoginOutcome.Refused))
            return login;

        var succeeded = login.Outcome == LoginOutcome.SignedIn;
        await audit.RecordAsync(new AuditEvent(
            succeeded ? (api ? AuditAction.TokenIssued : AuditAction.Login) : AuditAction.LoginFailed,
            "User",
            succeeded ? AuditOutcome.Success : AuditOutcome.Failure,
            EntityId: user?.Id.ToString(),
            CompanyId: user?.CompanyId,
            UserId: user?.Id,
            UserName: Truncate(user?.UserName ?? userName, 256),
            Details: login.Why), ct);
        return login;
    }

    /// <summary>The principal for a new bearer token, when the refresh token is genuine, unexpired and its user unchanged and active.</summary>
    public async Task<ClaimsPrincipal?> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
            return null;
        var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
        if (user is null || !await signIn.CanSignInAsync(user))
            return null;
        if (await sessions.RotateAsync(ticket.Principal, ct) is not { } generation)
            return null;
        await audit.RecordAsync(new AuditEvent(AuditAction.TokenRefreshed, "User", AuditOutcome.Success,
            EntityId: user.Id.ToString(), CompanyId: user.CompanyId, UserId: user.Id, UserName: user.UserName), ct);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaims([
            new Claim(SessionClaims.Session, ticket.Principal.SessionId().ToString()!),
            new Claim(SessionClaims.RefreshGeneration,
                generation.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        return principal;
    }

    public async Task SignOutAsync(CancellationToken ct)
    {
        await signIn.SignOutAsync();
        await audit.RecordAsync(new AuditEvent(AuditAction.Logout, "User", AuditOutcome.Success), ct);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
