using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rehab.Core.Audit;
using Rehab.Data.Audit;
using Rehab.Data.Users;

namespace Rehab.Web.Auth;

/// <summary>Username and password sign-in for pages (cookie) and API clients (bearer), audited either way.</summary>
public sealed class PasswordLogin(
    SignInManager<RehabUser> signIn,
    UserManager<RehabUser> users,
    AuditLog audit,
    IOptionsMonitor<BearerTokenOptions> bearer,
    TimeProvider clock,
    SignInSessions sessions)
{
    /// <summary>The last sign-in had the right password, but the password must be changed first.</summary>
    public bool NeedsPasswordChange { get; private set; }

    public async Task<bool> SignInAsync(string scheme, string userName, string password, CancellationToken ct)
    {
        signIn.AuthenticationScheme = scheme;
        var user = await users.FindByNameAsync(userName);
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);

        NeedsPasswordChange = result is PasswordChangeRequired;
        var why = result switch
        {
            { Succeeded: true } => null,
            PasswordChangeRequired => "password must be changed",
            { IsLockedOut: true } => "account locked out",
            { IsNotAllowed: true } => "account inactive",
            _ when user is null => "unknown username",
            _ => "wrong password",
        };
        await audit.RecordAsync(new AuditEvent(
            result.Succeeded ? (scheme == IdentityConstants.BearerScheme ? AuditAction.TokenIssued : AuditAction.Login) : AuditAction.LoginFailed,
            "User",
            result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure,
            EntityId: user?.Id.ToString(),
            CompanyId: user?.CompanyId,
            UserId: user?.Id,
            UserName: Truncate(user?.UserName ?? userName, 256),
            Details: why), ct);
        return result.Succeeded;
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
