using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using Rehab.Data.Users;

namespace Rehab.Web.Auth.Mfa;

/// <summary>
/// Authenticator-app codes (RFC 6238: SHA-1, six digits, 30 seconds, one step of clock drift either way), each good
/// once: the last accepted time step is stored and no code of that step or an earlier one passes again (ASVS 6.5.1).
/// </summary>
public sealed class SingleUseAuthenticator(TimeProvider clock) : IUserTwoFactorTokenProvider<RehabUser>
{
    public const string Name = "RehabAuthenticator";
    private const string LastStep = "AuthenticatorLastStep";

    public Task<string> GenerateAsync(string purpose, UserManager<RehabUser> manager, RehabUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<RehabUser> manager, RehabUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<RehabUser> manager, RehabUser user)
    {
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)
            || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
            return false;
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var window = new VerificationWindow(previous: 1, future: 1);
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, window))
            return false;
        var last = await manager.GetAuthenticationTokenAsync(user, Name, LastStep);
        if (last is not null && long.Parse(last, CultureInfo.InvariantCulture) >= step)
            return false;
        // The user row's concurrency stamp makes two requests racing with the same code end with one winner.
        var saved = await manager.SetAuthenticationTokenAsync(user, Name, LastStep,
            step.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }
}
