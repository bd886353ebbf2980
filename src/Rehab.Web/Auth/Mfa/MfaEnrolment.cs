using Microsoft.AspNetCore.Identity;
using Rehab.Core.Audit;
using Rehab.Data.Audit;
using Rehab.Data.Users;

namespace Rehab.Web.Auth.Mfa;

/// <summary>A step on the sign-in security page: done (with recovery codes to show once, if any), or why not.</summary>
public sealed record MfaStep(IReadOnlyList<string>? RecoveryCodes, string? Error)
{
    public static MfaStep Refused(string error) => new(null, error);
}

/// <summary>
/// A user's own authenticator: enrol it with a QR code and a confirming code, get ten recovery codes once, make new
/// ones, or turn it off where the company does not require it. Changing it asks for a current code (ASVS 7.5.1).
/// </summary>
public sealed class MfaEnrolment(
    UserManager<RehabUser> users,
    SignInManager<RehabUser> signIn,
    SecondFactor secondFactor,
    MfaPolicy policy,
    AuditLog audit)
{
    public const int RecoveryCodeCount = 10;
    public const string Entity = "Authenticator";

    /// <summary>The key to enrol, made on first use; a signed-in user's session is renewed for the new stamp.</summary>
    public async Task<AuthenticatorSetup> SetupAsync(RehabUser user, bool signedIn)
    {
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            if (signedIn)
                await signIn.RefreshSignInAsync(user);
        }
        return AuthenticatorSetup.For(user.UserName!, (await users.GetAuthenticatorKeyAsync(user))!);
    }

    public async Task<MfaStep> ConfirmAsync(RehabUser user, string? code, bool signedIn, CancellationToken ct)
    {
        if (user.TwoFactorEnabled)
            return MfaStep.Refused("Multi-factor authentication is already on for this account.");
        if (await CheckAsync(user, code) is { } wrong)
            return wrong;
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await NewCodesAsync(user, signedIn);
        await RecordAsync(user, AuditAction.Create, Entity, "authenticator app enrolled", ct);
        return new(codes, null);
    }

    public async Task<MfaStep> RegenerateCodesAsync(RehabUser user, string? code, CancellationToken ct)
    {
        if (!user.TwoFactorEnabled)
            return MfaStep.Refused("Enrol an authenticator app first.");
        if (await CheckAsync(user, code) is { } wrong)
            return wrong;
        var codes = await NewCodesAsync(user, signedIn: true);
        await RecordAsync(user, AuditAction.Update, "RecoveryCodes", "new recovery codes; the old ones are void", ct);
        return new(codes, null);
    }

    public async Task<MfaStep> TurnOffAsync(RehabUser user, string? code, CancellationToken ct)
    {
        if (!user.TwoFactorEnabled)
            return MfaStep.Refused("Multi-factor authentication is already off for this account.");
        if (await policy.MustEnrolAsync(user, ct))
            return MfaStep.Refused(
                "Your company requires multi-factor authentication for your account, so it stays on.");
        if (await CheckAsync(user, code) is { } wrong)
            return wrong;
        await RemoveAsync(users, user);
        await signIn.RefreshSignInAsync(user);
        await RecordAsync(user, AuditAction.Delete, Entity, "turned off by the user", ct);
        return new(null, null);
    }

    /// <summary>Turns the second factor off, voids the key and recovery codes, ends the user's sessions.</summary>
    public static async Task RemoveAsync(UserManager<RehabUser> users, RehabUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
    }

    private async Task<MfaStep?> CheckAsync(RehabUser user, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return MfaStep.Refused("Enter the six-digit code your authenticator app shows now.");
        return await secondFactor.CheckAsync(user, new(code, null)) switch
        {
            null => null,
            SecondFactor.LockedOut =>
                MfaStep.Refused("Too many wrong codes or passwords: the account is locked for 15 minutes."),
            _ => MfaStep.Refused(
                "That code does not match. Enter the code your authenticator app shows now; each code works once."),
        };
    }

    private async Task<IReadOnlyList<string>> NewCodesAsync(RehabUser user, bool signedIn)
    {
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        if (signedIn)
            await signIn.RefreshSignInAsync(user);
        return codes;
    }

    private Task RecordAsync(RehabUser user, string action, string entity, string details, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(action, entity, AuditOutcome.Success, EntityId: user.Id.ToString(),
            CompanyId: user.CompanyId, UserId: user.Id, UserName: user.UserName, Details: details), ct);
}
