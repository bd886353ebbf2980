using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Web.Hosting;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>
/// The host behind a reverse proxy on this machine (127.0.0.1, listed as known): a test names the client's address
/// and scheme with X-Forwarded-For and X-Forwarded-Proto, as the proxy would.
/// </summary>
public static class BehindProxy
{
    public static WebApplicationFactory<Program> Host(
        RehabAppFactory app, params (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(b =>
        {
            b.ConfigureServices(s => s.AddTransient<IStartupFilter, FromLoopback>());
            b.UseSetting($"{ReverseProxy.KnownProxiesKey}:0", "127.0.0.1");
            foreach (var (key, value) in settings)
                b.UseSetting(key, value);
        });

    public static HttpClient ClientFrom(
        this WebApplicationFactory<Program> host, string address, string scheme = "http")
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        return client;
    }

    /// <summary>The test server has no socket: requests come as from this machine, as from a proxy here.</summary>
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
}
