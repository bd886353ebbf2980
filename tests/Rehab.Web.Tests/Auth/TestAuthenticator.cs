using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OtpNet;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Auth;

/// <summary>
/// A phone's authenticator app for tests: the same RFC 6238 codes, each from a later 30-second step than the last,
/// since the server takes every code only once and accepts one step either side of now.
/// </summary>
public sealed partial class TestAuthenticator(string key, IReadOnlyList<string> recoveryCodes)
{
    private long _lastStep = long.MinValue;

    public string Key { get; } = key;
    public IReadOnlyList<string> RecoveryCodes { get; } = recoveryCodes;

    public string NextCode()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        // Start one step back, unless that step is about to fall out of the server's window.
        var step = Math.Max(_lastStep + 1, now / 30 - (now % 30 < 25 ? 1 : 0));
        if (step > now / 30 + 1)
            throw new InvalidOperationException("The test used more codes than the window of steps allows.");
        _lastStep = step;
        return new Totp(Base32Encoding.ToBytes(Key))
            .ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
    }

    /// <summary>Code of a step long past: well formed, never accepted.</summary>
    public string StaleCode() =>
        new Totp(Base32Encoding.ToBytes(Key)).ComputeTotp(DateTime.UtcNow.AddMinutes(-10));

    /// <summary>Enrols the signed-in page client's user through the sign-in security page, as a person would.</summary>
    public static async Task<TestAuthenticator> EnrolAsync(PageClient pages, string returnUrl = "")
    {
        var html = await pages.Http.GetStringAsync("/Account/Mfa" + returnUrl);
        var key = KeyPattern().Match(html);
        Assert.True(key.Success, "The sign-in security page shows no key.");
        var typed = key.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var authenticator = new TestAuthenticator(typed, []);
        var confirmed = await pages.PostFormAsync("/Account/Mfa?handler=Confirm" + returnUrl.Replace('?', '&'),
            new() { ["Code"] = authenticator.NextCode() }, formPage: "/Account/Mfa" + returnUrl);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var codes = RecoveryCodePattern().Matches(await confirmed.Content.ReadAsStringAsync())
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        return new TestAuthenticator(authenticator.Key, codes) { _lastStep = authenticator._lastStep };
    }

    public static async Task<TestAuthenticator> EnrolAsync(RehabAppFactory app, string userName) =>
        await EnrolAsync(await PageClient.SignInAsync(app, userName));

    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string userName, string? code = null,
        string? recoveryCode = null) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new
        {
            username = userName,
            password = RehabAppFactory.Password,
            twoFactorCode = code,
            twoFactorRecoveryCode = recoveryCode,
        });

    [GeneratedRegex("<code id=\"authenticator-key\">([a-z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
