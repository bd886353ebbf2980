using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Rehab.Core.Audit;
using Rehab.Data.Audit;
using Rehab.Data.Users;

namespace Rehab.Web.Auth.Mfa;

public enum LoginOutcome
{
    SignedIn,
    Refused,
    /// <summary>The password was right; the user's authenticator code or a recovery code must follow.</summary>
    SecondFactorRequired,
    /// <summary>The password was right; the company requires a second factor the user has not enrolled yet.</summary>
    EnrolmentRequired,
    /// <summary>The password was right but expired or was reset: API clients are refused until it is changed.</summary>
    PasswordChangeRequired,
}

/// <summary>How a sign-in attempt ended, with the reason the audit log records.</summary>
public sealed record LoginResult(LoginOutcome Outcome, string? Why = null);

/// <summary>
/// What follows a right password. An enrolled user gives a second factor: API clients in the same request, pages on
/// a second step. A user the company requires to enrol but who has not is sent to enrolment (pages) or refused
/// (tokens). Between the steps only Identity's short-lived two-factor cookie names the user; nothing is signed in.
/// </summary>
public sealed class MfaSignIn(
    SignInManager<RehabUser> signIn,
    SecondFactor secondFactor,
    MfaPolicy policy,
    AuditLog audit)
{
    public async Task<LoginResult> AfterPasswordAsync(RehabUser user, SecondFactorAnswer? answer, CancellationToken ct)
    {
        var api = signIn.AuthenticationScheme == IdentityConstants.BearerScheme;
        if (await signIn.UserManager.GetTwoFactorEnabledAsync(user))
        {
            if (!api)
            {
                await RememberPendingAsync(user);
                return new(LoginOutcome.SecondFactorRequired);
            }
            if (answer is not { IsGiven: true })
                return new(LoginOutcome.SecondFactorRequired, "second factor missing");
            if (await secondFactor.CheckAsync(user, answer) is { } wrong)
                return new(LoginOutcome.Refused, wrong);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [MultiFactorClaim]);
            return new(LoginOutcome.SignedIn, Method(answer));
        }
        if (await policy.MustEnrolAsync(user, ct))
        {
            if (api)
                return new(LoginOutcome.EnrolmentRequired, "multi-factor enrolment required");
            await RememberPendingAsync(user);
            return new(LoginOutcome.EnrolmentRequired);
        }
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [PasswordClaim]);
        return new(LoginOutcome.SignedIn);
    }

    /// <summary>The user between the password and the second step of a page sign-in, while they may sign in.</summary>
    public async Task<RehabUser?> PendingUserAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { } user && await signIn.CanSignInAsync(user)
            ? user
            : null;

    /// <summary>The second step of a page sign-in.</summary>
    public async Task<bool> CompleteAsync(RehabUser user, SecondFactorAnswer answer, CancellationToken ct)
    {
        var wrong = await secondFactor.CheckAsync(user, answer);
        await AuditAsync(user, wrong is null, wrong ?? Method(answer), ct);
        if (wrong is null)
            await SignInWithSecondFactorAsync(user);
        return wrong is null;
    }

    /// <summary>Signs a pending user in once they confirmed their new authenticator with its code.</summary>
    public async Task CompleteEnrolmentAsync(RehabUser user, CancellationToken ct)
    {
        await AuditAsync(user, true, "after enrolling an authenticator", ct);
        await SignInWithSecondFactorAsync(user);
    }

    public static SecondFactorAnswer? Answer(string? code, string? recoveryCode) =>
        code is null && recoveryCode is null ? null : new(code, recoveryCode);

    // The authentication methods Identity's own sign-in records (RFC 8176).
    private static readonly Claim PasswordClaim = new("amr", "pwd");
    private static readonly Claim MultiFactorClaim = new("amr", "mfa");

    private static string Method(SecondFactorAnswer answer) =>
        string.IsNullOrWhiteSpace(answer.Code) ? "with a recovery code" : "with an authenticator code";

    private async Task SignInWithSecondFactorAsync(RehabUser user)
    {
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [MultiFactorClaim]);
    }

    // The same cookie and claim Identity's own two-factor step reads back in GetTwoFactorAuthenticationUserAsync.
    private Task RememberPendingAsync(RehabUser user) =>
        signIn.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme)));

    private Task AuditAsync(RehabUser user, bool succeeded, string? details, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(succeeded ? AuditAction.Login : AuditAction.LoginFailed, "User",
            succeeded ? AuditOutcome.Success : AuditOutcome.Failure, EntityId: user.Id.ToString(),
            CompanyId: user.CompanyId, UserId: user.Id, UserName: user.UserName, Details: details), ct);
}
