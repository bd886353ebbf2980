using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Auth;

/// <summary>
/// Tokens minted with the app's own keys, as someone holding the key ring could: the server counts a token's age from
/// its issue time and its own 15 minutes, not from the expiry the ticket claims.
/// </summary>
public sealed class TokenLifetimeTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static TheoryData<string, int?, int, HttpStatusCode> Tickets()
    {
        var rows = new TheoryData<string, int?, int, HttpStatusCode>();
        foreach (var provider in Rehab.Testing.TestDatabase.Providers)
        {
            rows.Add(provider, 0, 15, HttpStatusCode.OK); // as the server issues them
            rows.Add(provider, 0, 365 * 24 * 60, HttpStatusCode.Unauthorized); // one year from now
            rows.Add(provider, -16, 365 * 24 * 60, HttpStatusCode.Unauthorized); // issued 16 minutes ago
            rows.Add(provider, null, 365 * 24 * 60, HttpStatusCode.Unauthorized); // no issue time at all
            rows.Add(provider, 5, 20, HttpStatusCode.Unauthorized); // issued in the future
        }
        return rows;
    }

    [Theory, MemberData(nameof(Tickets))]
    public async Task A_minted_bearer_token_lives_no_longer_than_the_server_lifetime(
        string provider, int? issuedMinutesFromNow, int expiresMinutesFromNow, HttpStatusCode expected)
    {
        var app = apps[provider];
        var token = await MintAsync(app, "BearerToken", issuedMinutesFromNow, expiresMinutesFromNow);

        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        Assert.Equal(expected, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, MemberData(nameof(Tickets))]
    public async Task A_minted_refresh_token_lives_no_longer_than_the_server_lifetime(
        string provider, int? issuedMinutesFromNow, int expiresMinutesFromNow, HttpStatusCode expected)
    {
        var app = apps[provider];
        var refreshToken = await MintAsync(app, "RefreshToken", issuedMinutesFromNow, expiresMinutesFromNow);

        var refreshed = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

        Assert.Equal(expected, refreshed.StatusCode);
    }

    public static TheoryData<string, int, HttpStatusCode> Cookies()
    {
        var rows = new TheoryData<string, int, HttpStatusCode>();
        foreach (var provider in Rehab.Testing.TestDatabase.Providers)
        {
            rows.Add(provider, 15, HttpStatusCode.OK);
            rows.Add(provider, 365 * 24 * 60, HttpStatusCode.Unauthorized);
        }
        return rows;
    }

    [Theory, MemberData(nameof(Cookies))]
    public async Task A_minted_sign_in_cookie_lives_no_longer_than_the_idle_timeout(
        string provider, int expiresMinutesFromNow, HttpStatusCode expected)
    {
        var app = apps[provider];
        var bearer = await MintAsync(app, "BearerToken", 0, 15);
        var principal = RawFormat(app, "BearerToken").Unprotect(bearer)!.Principal;
        var now = DateTimeOffset.UtcNow;
        var ticket = new AuthenticationTicket(principal,
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddMinutes(expiresMinutesFromNow) },
            IdentityConstants.ApplicationScheme);
        var cookies = new TicketDataFormat(app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(
            "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware",
            IdentityConstants.ApplicationScheme, "v2"));

        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", $"rehab-session={cookies.Protect(ticket)}");

        Assert.Equal(expected, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, Providers]
    public async Task A_token_the_server_issues_carries_its_issue_time_and_no_more_than_the_lifetime(string provider)
    {
        var app = apps[provider];
        var response = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/token",
            new { username = "admin", password = RehabAppFactory.Password });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        foreach (var (purpose, token) in new[] { ("BearerToken", "accessToken"), ("RefreshToken", "refreshToken") })
        {
            var ticket = RawFormat(app, purpose).Unprotect(body.GetProperty(token).GetString());
            Assert.NotNull(ticket?.Properties.IssuedUtc);
            Assert.True(ticket.Properties.ExpiresUtc - ticket.Properties.IssuedUtc <= Lifetime, purpose);
        }
    }

    /// <summary>A ticket for the demo admin, protected directly with the key ring, with the times given.</summary>
    private static async Task<string> MintAsync(
        RehabAppFactory app, string purpose, int? issuedMinutes, int expiresMinutes)
    {
        var response = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/token",
            new { username = "admin", password = RehabAppFactory.Password });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var real = RawFormat(app, purpose)
            .Unprotect(body.GetProperty(purpose == "BearerToken" ? "accessToken" : "refreshToken").GetString())!;

        var now = DateTimeOffset.UtcNow;
        var properties = new AuthenticationProperties
        {
            IssuedUtc = issuedMinutes is { } issued ? now.AddMinutes(issued) : null,
            ExpiresUtc = now.AddMinutes(expiresMinutes),
        };
        var minted = new AuthenticationTicket(real.Principal, properties, real.AuthenticationScheme);
        return RawFormat(app, purpose).Protect(minted);
    }

    // What the bearer handler protects with, before the server's lifetime check.
    private static TicketDataFormat RawFormat(RehabAppFactory app, string purpose)
    {
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.BearerToken", IdentityConstants.BearerScheme,
                purpose);
        return new TicketDataFormat(protector);
    }
}
