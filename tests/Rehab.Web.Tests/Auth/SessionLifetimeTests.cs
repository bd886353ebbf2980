using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Users;
using Rehab.Testing;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Auth;

/// <summary>One host per provider whose clock the tests move.</summary>
public sealed class ClockedApps : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string,
        Lazy<(RehabAppFactory Root, WebApplicationFactory<Program> App, FakeTimeProvider Clock)>> _apps = new();

    public (WebApplicationFactory<Program> App, FakeTimeProvider Clock) this[string provider]
    {
        get
        {
            var entry = _apps.GetOrAdd(provider, p => new(() =>
            {
                var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
                var root = new RehabAppFactory(p);
                var app = root.WithWebHostBuilder(b =>
                    b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
                _ = app.Server;
                return (root, app, clock);
            })).Value;
            return (entry.App, entry.Clock);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var entry in _apps.Values.Where(a => a.IsValueCreated))
            await entry.Value.Root.DisposeAsync();
    }
}

/// <summary>A sign-in ends at its absolute end however active; the check's cache ages out in seconds.</summary>
public sealed class SessionLifetimeTests(ClockedApps apps) : IClassFixture<ClockedApps>
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    [Theory, Providers]
    public async Task Sign_in_ends_after_absolute_lifetime(string provider)
    {
        var (app, clock) = apps[provider];
        var browser = new PageClient(Accounts.Anonymous(app));
        await browser.PostFormAsync("/Login",
            new() { ["Username"] = "admin", ["Password"] = RehabAppFactory.Password });
        var started = clock.GetUtcNow();

        while (clock.GetUtcNow() + Step < started + SessionRules.AbsoluteLifetime)
        {
            clock.Advance(Step);
            Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
        }
        clock.Advance(Step);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, Providers]
    public async Task Refresh_tokens_end_after_absolute_lifetime(string provider)
    {
        var (app, clock) = apps[provider];
        var tokens = await app.TokensAsync("admin");
        var started = clock.GetUtcNow();

        while (clock.GetUtcNow() + Step < started + SessionRules.AbsoluteLifetime)
        {
            clock.Advance(Step);
            var refreshed = await app.RefreshAsync(tokens.RefreshToken);
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            tokens = (await refreshed.Content.ReadFromJsonAsync<Tokens>())!;
        }
        clock.Advance(Step);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RefreshAsync(tokens.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.Bearer(tokens.AccessToken).GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, Providers]
    public async Task Sign_in_ended_by_another_instance_stops_working_within_seconds(string provider)
    {
        var (app, clock) = apps[provider];
        var tokens = await app.TokensAsync("admin");
        var client = app.Bearer(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        // Another instance ends the open sign-ins: this one's cache does not hear of it.
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<RehabDbContext>().UserSessions
                .Where(s => s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        clock.Advance(SessionCache.Freshness);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }
}
