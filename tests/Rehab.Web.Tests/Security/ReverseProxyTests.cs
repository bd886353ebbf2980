using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Hosting;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Security;

/// <summary>Forwarded headers are believed only from the proxies the configuration names.</summary>
public sealed class ReverseProxyTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>The test server has no socket: its requests arrive as from this machine, as a proxy on it would send them.</summary>
    private sealed class FromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, rest) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Loopback;
                return rest(http);
            });
            next(app);
        };
    }

    private static async Task<string?> SignInAddressAsync(RehabAppFactory app, string? knownProxy)
    {
        using var host = app.WithWebHostBuilder(b =>
        {
            b.ConfigureServices(s => s.AddTransient<IStartupFilter, FromLoopback>());
            if (knownProxy is not null)
                b.UseSetting($"{ReverseProxy.KnownProxiesKey}:0", knownProxy);
        });
        var client = host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = JsonContent.Create(new { username = "biller", password = RehabAppFactory.Password }),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        return await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.UserName == "biller" && a.Action == AuditAction.TokenIssued).OrderByDescending(a => a.Id).Select(a => a.ClientAddress).FirstAsync());
    }

    [Theory, Providers]
    public async Task The_audit_log_records_the_client_behind_a_known_proxy_and_ignores_the_header_otherwise(string provider)
    {
        Assert.Equal("203.0.113.9", await SignInAddressAsync(apps[provider], knownProxy: "127.0.0.1"));
        Assert.Equal("127.0.0.1", await SignInAddressAsync(apps[provider], knownProxy: null));
    }

    [Fact]
    public void A_proxy_that_is_not_an_address_stops_the_start_naming_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ReverseProxy.KnownProxiesKey}:0"] = "10.0.0.5",
            [$"{ReverseProxy.KnownProxiesKey}:1"] = "proxy.internal",
        }).Build();

        var e = Assert.Throws<InvalidOperationException>(() => ReverseProxy.KnownProxies(configuration));
        Assert.Contains("\"proxy.internal\", which is not an IP address", e.Message, StringComparison.Ordinal);
    }
}
