using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rehab.Core.Audit;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Users;
using Rehab.Web.Auth;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Auth;

/// <summary>Password guessing: throttled per address, no hint which usernames exist; an admin ends a lockout.</summary>
public sealed class BruteForceTests(Apps apps) : IClassFixture<Apps>
{
    private const string Wrong = "not-the-password!";

    private static Task<HttpResponseMessage> TokenAsync(HttpClient client, string user, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password });

    private static WebApplicationFactory<Program> Throttled(RehabAppFactory app) => BehindProxy.Host(app,
        ($"{SignInThrottle.SectionKey}:Burst", "3"), ($"{SignInThrottle.SectionKey}:PerMinute", "1"));

    [Theory, Providers]
    public async Task Sign_in_attempts_from_one_address_are_throttled(string provider)
    {
        var user = TestData.Unique("guessed-");
        await apps[provider].AddUserAsync(user, []);
        using var host = Throttled(apps[provider]);
        var stranger = host.ClientFrom("203.0.113.7");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(stranger, user, Wrong)).StatusCode);

        var refused = await TokenAsync(stranger, user, RehabAppFactory.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Too many sign-in attempts", problem.GetProperty("title").GetString());

        var page = new PageClient(stranger);
        var form = await page.PostFormAsync("/Login",
            new() { ["Username"] = user, ["Password"] = RehabAppFactory.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.Contains("Too many sign-in attempts came from your network", await form.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        // Another address (another clinic) is still answered, and the guessed account is not locked by the stranger.
        var clinic = host.ClientFrom("198.51.100.20");
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(clinic, user, RehabAppFactory.Password)).StatusCode);
    }

    [Theory, Providers]
    public async Task Reading_the_login_page_is_not_throttled(string provider)
    {
        using var host = Throttled(apps[provider]);
        var client = host.ClientFrom("203.0.113.8");
        for (var i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Login")).StatusCode);
    }

    [Theory, Providers]
    public async Task Unknown_and_known_usernames_get_the_same_answer(string provider)
    {
        var app = apps[provider];
        var known = TestData.Unique("known-");
        var locked = TestData.Unique("guessed-");
        var inactive = TestData.Unique("left-");
        await app.AddUserAsync(known, []);
        await app.AddUserAsync(locked, []);
        var inactiveId = await app.AddUserAsync(inactive, []);
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RehabUser>>();
            var gone = (await users.FindByIdAsync(inactiveId.ToString()))!;
            gone.IsActive = false;
            await users.UpdateAsync(gone);
            return 0;
        });
        await LockAsync(app, locked);
        var hasher = new CountingHasher();
        using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IPasswordHasher<RehabUser>>(hasher)));
        var client = host.CreateClient();

        var answers = new List<string>();
        foreach (var user in new[] { known, TestData.Unique("nobody-"), locked, inactive })
        {
            var before = hasher.Verifications;
            var response = await TokenAsync(client, user, Wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            answers.Add($"{problem.GetProperty("title").GetString()}: {problem.GetProperty("detail").GetString()}");
            Assert.Equal(1, hasher.Verifications - before); // the same hash work, so the same time, for every refusal
        }
        Assert.Single(answers.Distinct());
    }

    [Theory, Providers]
    public async Task Unknown_and_known_usernames_get_the_same_message_on_the_login_page(string provider)
    {
        var app = apps[provider];
        static string Message(string html) =>
            System.Text.RegularExpressions.Regex.Match(html, "id=\"login-error\">([^<]*)<").Groups[1].Value;
        var user = TestData.Unique("known-");
        await app.AddUserAsync(user, []);
        var page = new PageClient(app.AnonymousClient());
        var known = await page.PostFormAsync("/Login", new() { ["Username"] = user, ["Password"] = Wrong });
        var unknown = await page.PostFormAsync("/Login",
            new() { ["Username"] = TestData.Unique("nobody-"), ["Password"] = Wrong });
        var knownMessage = Message(await known.Content.ReadAsStringAsync());
        Assert.NotEmpty(knownMessage);
        Assert.Equal(knownMessage, Message(await unknown.Content.ReadAsStringAsync()));
    }

    [Theory, Providers]
    public async Task Admin_unlocks_a_locked_account(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("unlock-");
        var id = await app.AddUserAsync(user, []);
        var client = app.AnonymousClient();
        for (var i = 0; i < PasswordRules.FailedAttemptsBeforeLockout; i++)
            await TokenAsync(client, user, Wrong);
        var refused = await TokenAsync(client, user, RehabAppFactory.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var admin = await app.ClientForAsync("admin");
        var unlocked = await admin.PostAsync($"/api/v1/users/{id}/unlock", null);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.True((await unlocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("wasLocked").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(client, user, RehabAppFactory.Password)).StatusCode);

        var audit = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries
            .IgnoreQueryFilters().Where(a => a.EntityId == id.ToString() && a.Action == AuditAction.Update)
            .Where(a => a.UserName == "admin").ToListAsync());
        Assert.Contains(audit, a => a.Details!.Contains("LockoutEnd", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task A_locked_account_is_unlocked_from_its_edit_page(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("unlock-page-");
        var id = await app.AddUserAsync(user, []);
        await LockAsync(app, user);
        var admin = await PageClient.SignInAsync(app, "admin");
        var edit = $"/Users/Edit/{id}";
        Assert.Contains("Unlock account", await admin.Http.GetStringAsync(edit), StringComparison.Ordinal);

        var posted = await admin.PostFormAsync($"/Users/Unlock/{id}", [], formPage: edit);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("is unlocked", await admin.Http.GetStringAsync("/Users"), StringComparison.Ordinal);
        Assert.DoesNotContain("Unlock account", await admin.Http.GetStringAsync(edit), StringComparison.Ordinal);
        Assert.Null(await app.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<RehabUser>>().FindByNameAsync(user))!.LockoutEnd));
    }

    [Theory, Providers]
    public async Task Unlocking_needs_the_edit_users_permission(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("still-locked-");
        var id = await app.AddUserAsync(user, []);
        await LockAsync(app, user);
        var viewer = TestData.Unique("viewer-");
        await app.AddUserAsync(viewer, [Permission.ViewUsers]);
        var client = await app.ClientForAsync(viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/users/{id}/unlock", null)).StatusCode);
        Assert.NotNull(await app.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<RehabUser>>().FindByNameAsync(user))!.LockoutEnd));
    }

    private static Task LockAsync(RehabAppFactory app, string user) => app.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<RehabUser>>();
        var locked = (await users.FindByNameAsync(user))!;
        return await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddMinutes(15));
    });

    /// <summary>The real hasher, counting how often a password is checked.</summary>
    private sealed class CountingHasher() : PasswordHasher<RehabUser>(Options.Create(new PasswordHasherOptions()))
    {
        private int _verifications;
        public int Verifications => _verifications;

        public override PasswordVerificationResult VerifyHashedPassword(RehabUser user, string hashed, string provided)
        {
            Interlocked.Increment(ref _verifications);
            return base.VerifyHashedPassword(user, hashed, provided);
        }
    }
}
