using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Auth;

public sealed class SignInTests(Apps apps) : IClassFixture<Apps>
{
    private static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string user, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password });

    private static Task<List<AuditEntry>> AuditAsync(RehabAppFactory app, string userName) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.UserName == userName).OrderBy(a => a.Id).ToListAsync());

    [Theory, Providers]
    public async Task A_token_lasts_the_idle_timeout_and_opens_the_api(string provider)
    {
        var client = apps[provider].AnonymousClient();
        var response = await RequestTokenAsync(client, "admin", RehabAppFactory.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(15 * 60, token.GetProperty("expiresIn").GetInt32());

        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("admin", me.GetProperty("userName").GetString());
        Assert.Contains("CompanyAdmin", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory, Providers]
    public async Task A_refresh_token_buys_a_new_token_while_the_account_stays_active(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("refresh-");
        var id = await app.AddUserAsync(user, []);
        var client = app.AnonymousClient();
        var first = await (await RequestTokenAsync(client, user, RehabAppFactory.Password)).Content.ReadFromJsonAsync<JsonElement>();
        var refreshToken = first.GetProperty("refreshToken").GetString();

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", second.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clinics")).StatusCode);
        Assert.Contains(await AuditAsync(app, user), a => a.Action == AuditAction.TokenRefreshed);

        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RehabUser>>();
            var u = (await users.FindByIdAsync(id.ToString()))!;
            u.IsActive = false;
            return await users.UpdateAsync(u);
        });
        var refused = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var forged = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "CfDJ8-forged" });
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Theory, Providers]
    public async Task Tenant_scoped_queries_see_no_users_without_a_company_while_sign_in_still_finds_them(string provider)
    {
        var (visible, found) = await apps[provider].WithScopeAsync(async sp => (
            await sp.GetRequiredService<RehabDbContext>().Users.CountAsync(),
            await sp.GetRequiredService<UserManager<RehabUser>>().FindByNameAsync("admin")));
        Assert.Equal(0, visible);
        Assert.NotNull(found);
    }

    [Theory, Providers]
    public async Task A_forged_token_is_refused(string provider)
    {
        var client = apps[provider].AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "CfDJ8-not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/clinics")).StatusCode);
    }

    [Theory, Providers]
    public async Task Five_wrong_passwords_lock_the_account_and_every_attempt_is_audited(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("locked-");
        await app.AddUserAsync(user, []);
        var client = app.AnonymousClient();

        for (var i = 0; i < 5; i++)
        {
            var wrong = await RequestTokenAsync(client, user, "not-the-password!");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync(client, user, RehabAppFactory.Password)).StatusCode);

        var lockoutEnd = await app.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<RehabUser>>().FindByNameAsync(user))!.LockoutEnd);
        Assert.NotNull(lockoutEnd);
        var minutes = (lockoutEnd.Value - DateTimeOffset.UtcNow).TotalMinutes;
        Assert.InRange(minutes, 13, 15.1);

        var failures = (await AuditAsync(app, user)).Where(a => a.Action == AuditAction.LoginFailed).ToList();
        Assert.Equal(6, failures.Count);
        Assert.Equal("account locked out", failures[^1].Details);
        Assert.All(failures, f => Assert.Equal(AuditOutcome.Failure, f.Outcome));
    }

    [Theory, Providers]
    public async Task An_inactive_user_cannot_sign_in(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("gone-");
        var id = await app.AddUserAsync(user, []);
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RehabUser>>();
            var u = (await users.FindByIdAsync(id.ToString()))!;
            u.IsActive = false;
            return await users.UpdateAsync(u);
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync(app.AnonymousClient(), user, RehabAppFactory.Password)).StatusCode);
        Assert.Contains(await AuditAsync(app, user), a => a.Action == AuditAction.LoginFailed && a.Details == "account inactive");
    }

    [Theory, Providers]
    public async Task Unknown_users_are_refused_and_audited_without_a_company(string provider)
    {
        var app = apps[provider];
        var name = TestData.Unique("nobody-");
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync(app.AnonymousClient(), name, "whatever-password")).StatusCode);
        var entry = Assert.Single(await AuditAsync(app, name));
        Assert.Equal((AuditAction.LoginFailed, (Guid?)null), (entry.Action, entry.CompanyId));
    }

    [Theory, Providers]
    public async Task Missing_credentials_are_a_validation_problem(string provider)
    {
        var response = await apps[provider].AnonymousClient().PostAsJsonAsync("/api/v1/auth/token", new { username = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("username", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Theory]
    [InlineData("Sqlite", 11, false)]
    [InlineData("Sqlite", 12, true)]
    [InlineData("Sqlite", 128, true)]
    [InlineData("Sqlite", 129, false)]
    [InlineData("Postgres", 11, false)]
    [InlineData("Postgres", 129, false)]
    public async Task Passwords_are_12_to_128_characters_of_anything(string provider, int length, bool accepted)
    {
        var app = apps[provider];
        var password = string.Concat(Enumerable.Repeat("a", length)); // no composition rules
        var attempt = () => app.WithScopeAsync(sp => sp.GetRequiredService<CompanyProvisioning>().CreateUserAsync(
            Guid.Empty, new NewUser(TestData.Unique("pw-"), "Pat", password, Core.Users.UserType.PT, [])));
        if (accepted)
        {
            await app.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<RehabDbContext>();
                var company = await db.Companies.IgnoreQueryFilters().FirstAsync();
                return await sp.GetRequiredService<CompanyProvisioning>().CreateUserAsync(company.Id,
                    new NewUser(TestData.Unique("pw-"), "Pat", password, Core.Users.UserType.PT, []));
            });
        }
        else
        {
            var refused = await Assert.ThrowsAsync<UserRefusedException>(attempt);
            Assert.Contains(refused.Reasons, r => r.Contains(length < 12 ? "12" : "128", StringComparison.Ordinal));
        }
    }

    [Theory, Providers]
    public void Page_sessions_end_after_15_idle_minutes(string provider)
    {
        var cookie = apps[provider].Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(15), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
        Assert.True(cookie.Cookie.HttpOnly);
    }

    [Theory, Providers]
    public async Task Page_sign_in_and_sign_out_are_audited(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("front-");
        await app.AddUserAsync(user, []);
        var pages = await PageClient.SignInAsync(app, user);
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/")).StatusCode);

        var signedOut = await pages.PostFormAsync("/Logout", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var home = await pages.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Login", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var actions = (await AuditAsync(app, user)).Select(a => a.Action).ToList();
        Assert.Contains(AuditAction.Login, actions);
        Assert.Contains(AuditAction.Logout, actions);
    }
}
