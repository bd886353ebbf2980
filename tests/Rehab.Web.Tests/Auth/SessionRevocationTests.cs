using System.Net;
using System.Net.Http.Json;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Auth;

/// <summary>Sign-ins end on the server: a copied cookie or token fails once its sign-in or user changes.</summary>
public sealed class SessionRevocationTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Copied_cookie_fails_after_sign_out(string provider)
    {
        var app = apps[provider];
        var (_, userName, _) = await Accounts.NewClericalAsync(app);
        var (browser, cookie) = await SignInKeepingCookieAsync(app, userName);
        var copy = Accounts.Anonymous(app);
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/me")).StatusCode);

        var signedOut = await browser.PostFormAsync("/Logout", [], formPage: "/");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, Providers]
    public async Task Copied_token_fails_after_api_sign_out(string provider)
    {
        var app = apps[provider];
        var (_, userName, _) = await Accounts.NewClericalAsync(app);
        var tokens = await app.TokensAsync(userName);
        var client = app.Bearer(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.Bearer(tokens.AccessToken).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RefreshAsync(tokens.RefreshToken)).StatusCode);
    }

    [Theory, Providers]
    public async Task Bearer_token_stops_working_within_seconds_after_user_inactivated(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        var tokens = await app.TokensAsync(userName);
        var client = app.Bearer(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode); // the check is cached now
        var admin = await app.ClientForAsync("admin");

        var inactivated = await Accounts.UpdateAsync(admin, id, body => { body["isActive"] = false; return body; });

        Assert.Equal(HttpStatusCode.OK, inactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RefreshAsync(tokens.RefreshToken)).StatusCode);
    }

    [Theory, Providers]
    public async Task Changed_permissions_end_the_users_cookie_and_token(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        var client = await app.ClientForAsync(userName);
        var browser = await PageClient.SignInAsync(app, userName);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
        var admin = await app.ClientForAsync("admin");

        var granted = await Accounts.UpdateAsync(admin, id,
            body => { body["permissions"] = new[] { Permission.ViewPatients }; return body; });

        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, Providers]
    public async Task Changed_user_type_ends_the_users_token(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        var client = await app.ClientForAsync(userName);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        var admin = await app.ClientForAsync("admin");

        var changed = await Accounts.UpdateAsync(admin, id, body => { body["userType"] = "Biller"; return body; });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, Providers]
    public async Task Refresh_token_reuse_revokes_family(string provider)
    {
        var app = apps[provider];
        var (_, userName, _) = await Accounts.NewClericalAsync(app);
        var first = await app.TokensAsync(userName);

        var refreshed = await app.RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = (await refreshed.Content.ReadFromJsonAsync<Tokens>())!;
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await app.Bearer(second.AccessToken).GetAsync("/api/v1/me")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RefreshAsync(first.RefreshToken)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.Bearer(second.AccessToken).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RefreshAsync(second.RefreshToken)).StatusCode);
    }

    [Theory, Providers]
    public async Task Refreshed_tokens_keep_working_in_turn(string provider)
    {
        var app = apps[provider];
        var (_, userName, _) = await Accounts.NewClericalAsync(app);
        var tokens = await app.TokensAsync(userName);

        for (var i = 0; i < 3; i++)
        {
            var refreshed = await app.RefreshAsync(tokens.RefreshToken);
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            tokens = (await refreshed.Content.ReadFromJsonAsync<Tokens>())!;
        }
        Assert.Equal(HttpStatusCode.OK, (await app.Bearer(tokens.AccessToken).GetAsync("/api/v1/me")).StatusCode);
    }

    /// <summary>Signs in through the form, keeping a copy of the sign-in cookie as a Cookie header.</summary>
    private static async Task<(PageClient Browser, string Cookie)> SignInKeepingCookieAsync(
        RehabAppFactory app, string userName)
    {
        var browser = new PageClient(app.CreateClient(new() { AllowAutoRedirect = false }));
        var response = await browser.PostFormAsync("/Login",
            new() { ["Username"] = userName, ["Password"] = RehabAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("rehab-session=", StringComparison.Ordinal));
        return (browser, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }
}
