using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Rehab.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy: <c>ReverseProxy:KnownProxies</c> lists the proxies' addresses whose X-Forwarded-For and
/// X-Forwarded-Proto are believed, so the audit log records the client's address rather than the proxy's and the app
/// knows the request came over HTTPS. With none listed no forwarded header is believed: a client cannot choose the
/// address the audit log records (ONC 170.315(d)(2)).
/// </summary>
public static class ReverseProxy
{
    public const string KnownProxiesKey = "ReverseProxy:KnownProxies";

    /// <exception cref="InvalidOperationException">A listed proxy is not an IP address; the message names it.</exception>
    public static IReadOnlyList<IPAddress> KnownProxies(IConfiguration configuration) =>
        [.. (configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? []).Select(value => IPAddress.TryParse(value.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"{KnownProxiesKey} lists \"{value}\", which is not an IP address; list each proxy's address, such as 10.0.0.5."))];

    public static void AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = KnownProxies(configuration);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                o.KnownProxies.Add(proxy);
        });
    }

    /// <summary>Believes the forwarded headers of the known proxies; first in the pipeline, so everything after sees the client.</summary>
    public static void UseReverseProxy(this WebApplication app)
    {
        if (KnownProxies(app.Configuration).Count > 0)
            app.UseForwardedHeaders();
    }
}
