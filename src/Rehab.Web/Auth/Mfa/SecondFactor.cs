using Microsoft.AspNetCore.Identity;
using Rehab.Data.Users;

namespace Rehab.Web.Auth.Mfa;

/// <summary>A code from the authenticator app or a recovery code, as sign-in forms and tokens carry them.</summary>
public sealed record SecondFactorAnswer(string? Code, string? RecoveryCode)
{
    public const int MaximumLength = 32;

    public bool IsGiven => !string.IsNullOrWhiteSpace(Code) || !string.IsNullOrWhiteSpace(RecoveryCode);
}

/// <summary>Checks a second factor; wrong ones count toward the same lockout as wrong passwords (ASVS 6.3.1).</summary>
public sealed class SecondFactor(UserManager<RehabUser> users)
{
    public const string LockedOut = "account locked out";

    /// <summary>Null when the answer passes, otherwise why it did not, in the words of the audit log.</summary>
    public async Task<string?> CheckAsync(RehabUser user, SecondFactorAnswer answer)
    {
        if (await users.IsLockedOutAsync(user))
            return LockedOut;
        var passed = !string.IsNullOrWhiteSpace(answer.Code)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider,
                answer.Code.Trim())
            : !string.IsNullOrWhiteSpace(answer.RecoveryCode)
              && (await users.RedeemTwoFactorRecoveryCodeAsync(user, answer.RecoveryCode.Trim())).Succeeded;
        if (passed)
        {
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? LockedOut
            : string.IsNullOrWhiteSpace(answer.Code) ? "wrong recovery code" : "wrong authenticator code";
    }
}
