using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Security;

/// <summary>Every endpoint carries an explicit authorization decision, and only the listed ones are open.</summary>
public sealed class DenyByDefaultTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly HashSet<string> AnonymousByDesign =
    [
        "POST /api/v1/auth/token",
        "POST /api/v1/auth/refresh",
        "* /health/live",
        "* /health/ready",
        "* /Login",
        "* /Denied",
        "* /Error",
        // the second sign-in step and the enrolment it may require; both find the user from the two-factor cookie
        "* /Account/SecondFactor",
        "* /Account/Mfa",
        // static files of the API reference page (the page itself and the OpenAPI document need a sign-in)
        "GET /api-reference/scalar.js",
        "GET /api-reference/scalar.aspnetcore.js",
        "GET /api-reference/favicon.svg",
    ];

    internal static IEnumerable<(string Method, string Route, RouteEndpoint Endpoint)> Endpoints(RehabAppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => (m, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), e)));

    [Theory, Providers]
    public void Every_endpoint_has_an_explicit_authorization_decision(string provider)
    {
        var undecided = Endpoints(apps[provider])
            .Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => $"{e.Method} {e.Route} ({e.Endpoint.DisplayName})").ToList();
        Assert.Empty(undecided);
    }

    [Theory, Providers]
    public void Only_the_listed_endpoints_are_anonymous(string provider)
    {
        var anonymous = Endpoints(apps[provider])
            .Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => $"{e.Method} {e.Route}").ToHashSet();
        Assert.Empty(anonymous.Except(AnonymousByDesign));
        Assert.Contains("POST /api/v1/auth/token", anonymous);
    }

    [Theory, Providers]
    public async Task Every_protected_endpoint_refuses_an_anonymous_caller(string provider)
    {
        var app = apps[provider];
        var client = app.AnonymousClient();
        var endpoints = Endpoints(app).Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        Assert.NotEmpty(endpoints);
        foreach (var (method, route, _) in endpoints)
        {
            var path = Concrete(route);
            using var request = new HttpRequestMessage(method == "*" ? HttpMethod.Get : new HttpMethod(method), path);
            if (method is "POST" or "PUT")
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            var response = await client.SendAsync(request);
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                          || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Login", StringComparison.Ordinal));
            Assert.True(refused, $"{method} {path} answered {(int)response.StatusCode} to an anonymous caller");
        }
    }

    /// <summary>Fills route parameters with plausible values so the request reaches authorization.</summary>
    internal static string Concrete(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{\*?\*?(?<name>[^}:=?]+)[^}]*\}", m =>
            m.Groups["name"].Value switch
            {
                "documentName" => "v1",
                _ => Guid.Empty.ToString(),
            });
}
