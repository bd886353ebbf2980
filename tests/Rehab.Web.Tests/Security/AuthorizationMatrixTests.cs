using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Security;

/// <summary>
/// Every endpoint × every role template × the user's own company or another's → allowed, 403 or 404. A new
/// endpoint without a row here fails the test, so nobody adds one without deciding who may call it.
/// </summary>
public sealed class AuthorizationMatrixTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>What an endpoint needs: a permission (null = any signed-in user) and, for one record, its kind.</summary>
    private sealed record Rule(string? Permission, Resource Resource = Resource.None);

    private enum Resource { None, Clinic }

    private static readonly Dictionary<string, Rule> Matrix = new(StringComparer.Ordinal)
    {
        ["GET /api/v1/me"] = new(null),
        ["GET /api/v1/company/"] = new(null),
        ["PUT /api/v1/company/"] = new(Permission.CompanyAdmin),
        ["GET /api/v1/clinics/"] = new(null),
        ["POST /api/v1/clinics/"] = new(Permission.CompanyAdmin),
        ["GET /api/v1/clinics/{id:guid}"] = new(null, Resource.Clinic),
        ["PUT /api/v1/clinics/{id:guid}"] = new(Permission.CompanyAdmin, Resource.Clinic),
        ["GET /api/v1/audit"] = new(Permission.CompanyAdmin),
        ["POST /api/v1/billing/units"] = new(null),
        ["GET /api/v1/billing/codes/"] = new(null),
        ["POST /api/v1/billing/codes/"] = new(Permission.CompanyAdmin),
        ["GET /api/v1/billing/fee-schedule/"] = new(null),
        ["PUT /api/v1/billing/fee-schedule/"] = new(Permission.CompanyAdmin),
        ["GET /api/v1/billing/ncci-edits/"] = new(null),
        ["PUT /api/v1/billing/ncci-edits/"] = new(Permission.CompanyAdmin),
        ["GET /openapi/{documentName}.json"] = new(null),
        ["GET /api-reference/{documentName?}"] = new(null),
        ["* /Index"] = new(null),
        ["* /"] = new(null),
        ["* /Logout"] = new(null),
        ["* /SwitchClinic"] = new(null),
        ["* /Organization/Clinics"] = new(null),
        ["* /Organization/Clinics/Index"] = new(null),
        ["* /Organization/Clinics/Create"] = new(Permission.CompanyAdmin),
        ["* /Organization/Clinics/Edit/{id:guid}"] = new(Permission.CompanyAdmin, Resource.Clinic),
        ["* /Organization/Company"] = new(Permission.CompanyAdmin),
        ["* /Organization/Company/Index"] = new(Permission.CompanyAdmin),
        ["* /Audit"] = new(Permission.CompanyAdmin),
        ["* /Audit/Index"] = new(Permission.CompanyAdmin),
    };

    private static IEnumerable<(string Key, string Method, string Route, string ContentType)> ProtectedEndpoints(RehabAppFactory app) =>
        DenyByDefaultTests.Endpoints(app)
            .Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => ($"{e.Method} {e.Route}", e.Method, e.Route,
                e.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json"));

    [Theory, Providers]
    public void Every_protected_endpoint_has_a_row(string provider)
    {
        var missing = ProtectedEndpoints(apps[provider]).Select(e => e.Key).Distinct().Where(k => !Matrix.ContainsKey(k)).Order().ToList();
        Assert.Empty(missing);
        var stale = Matrix.Keys.Except(ProtectedEndpoints(apps[provider]).Select(e => e.Key)).ToList();
        Assert.Empty(stale);
    }

    [Theory, Providers]
    public async Task Each_role_template_is_allowed_refused_or_not_found_as_the_matrix_says(string provider)
    {
        var app = apps[provider];
        var own = await app.ClinicIdAsync("Phoenix Central");
        var other = await app.AddCompanyAsync(TestData.Unique("Matrix Co "), TestData.Unique("matrix-admin-"), TestData.Unique("Matrix Clinic "));
        var otherClinic = other.Clinics.Single().Id;
        var failures = new List<string>();
        var checkedCells = 0;

        foreach (var template in RoleTemplates.All)
        {
            var type = template.UserTypes()[0];
            var permissions = template.DefaultPermissions(type);
            var userName = TestData.Unique($"{template}-".ToLowerInvariant());
            await app.AddUserAsync(userName, [.. permissions]);
            var client = await app.ClientForAsync(userName);

            foreach (var (key, method, route, contentType) in ProtectedEndpoints(app).DistinctBy(e => e.Key))
            {
                var rule = Matrix[key];
                var allowed = rule.Permission is null || permissions.Contains(rule.Permission);
                foreach (var company in rule.Resource == Resource.None ? ["own"] : new[] { "own", "other" })
                {
                    var id = company == "own" ? own : otherClinic;
                    var status = await SendAsync(client, method, route, contentType, id);
                    checkedCells++;
                    var expected = !allowed ? "403" : company == "other" ? "404" : "allowed";
                    var actual = status switch
                    {
                        HttpStatusCode.Forbidden => "403",
                        HttpStatusCode.NotFound => "404",
                        HttpStatusCode.Unauthorized => "401",
                        HttpStatusCode.InternalServerError => "500",
                        _ => "allowed",
                    };
                    if (actual != expected)
                        failures.Add($"{template} {key} ({company} company): expected {expected}, got {(int)status}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(checkedCells >= Matrix.Count * RoleTemplates.All.Count);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string route, string contentType, Guid id)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(route, @"\{(?<name>[^}:?]+)[^}]*\}",
            m => m.Groups["name"].Value == "id" ? id.ToString() : "v1");
        using var request = new HttpRequestMessage(method == "*" ? HttpMethod.Get : new HttpMethod(method), path);
        if (method is "POST" or "PUT")
            request.Content = new StringContent(contentType == "application/json" ? "{}" : "", Encoding.UTF8, contentType);
        var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
