using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Rehab.Web.Tests.Infrastructure;
using static System.StringComparison;

namespace Rehab.Web.Tests.Security;

/// <summary>HTTPS only once served over HTTPS, browser isolation headers, cookies never sent in clear text.</summary>
public sealed class TransportTests(Apps apps) : IClassFixture<Apps>
{
    private const string Hsts = "Strict-Transport-Security";

    [Theory, Providers]
    public async Task Hsts_is_sent_over_https_behind_trusted_proxy(string provider)
    {
        using var host = BehindProxy.Host(apps[provider]);
        var overHttps = await host.ClientFrom("203.0.113.30", scheme: "https").GetAsync("/Login");
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", overHttps.Headers.GetValues(Hsts)));
        var overHttp = await host.ClientFrom("203.0.113.30").GetAsync("/Login");
        Assert.False(overHttp.Headers.Contains(Hsts));
    }

    [Theory, Providers]
    public async Task Hsts_is_sent_over_https_and_only_over_https(string provider)
    {
        var app = apps[provider];
        var https = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        Assert.True((await https.GetAsync("/health/live")).Headers.Contains(Hsts));
        Assert.False((await app.AnonymousClient().GetAsync("/health/live")).Headers.Contains(Hsts));
        // An untrusted client cannot claim HTTPS for itself.
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Forwarded-Proto", "https");
        Assert.False((await app.AnonymousClient().SendAsync(request)).Headers.Contains(Hsts));
    }

    [Theory, Providers]
    public async Task Pages_and_api_answers_deny_device_access_and_cross_origin_openers(string provider)
    {
        var client = apps[provider].AnonymousClient();
        foreach (var path in new[] { "/Login", "/api/v1/me", "/health/live" })
        {
            var response = await client.GetAsync(path);
            var permissions = string.Join(",", response.Headers.GetValues("Permissions-Policy"));
            Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
            Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
            Assert.Equal("same-origin", string.Join(",", response.Headers.GetValues("Cross-Origin-Opener-Policy")));
        }
    }

    [Theory, Providers]
    public async Task Api_reference_has_a_content_security_policy_reaching_only_this_server(string provider)
    {
        var admin = await PageClient.SignInAsync(apps[provider], "admin");
        var response = await admin.Http.GetAsync("/api-reference/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("font-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task TempData_and_antiforgery_cookies_are_secure_and_strict_over_https(string provider)
    {
        var app = apps[provider];
        var client = new PageClient(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false,
        }));
        var login = await client.Http.GetAsync("/Login");
        var signIn = await client.PostFormAsync("/Login",
            new() { ["Username"] = "biller", ["Password"] = RehabAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        var tempData = Assert.Single(cookies, c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=", Ordinal));
        var antiforgery = Assert.Single(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", Ordinal));
        foreach (var cookie in new[] { tempData, antiforgery })
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
