using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;
using Rehab.Web.Tests.Users;

namespace Rehab.Web.Tests.Analytics;

public sealed class AnalyticsRoleApiTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task<HttpClient> AnalyticsAdminAsync(RehabAppFactory app)
    {
        var name = TestData.Unique("aadmin-");
        await app.AddStaffAsync(name, UserType.PT, [Permission.AnalyticsAccess, Permission.ClinicAdmin]);
        return await app.ClientForAsync(name);
    }

    private static async Task<JsonElement> RowAsync(HttpClient api, Guid userId) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/analytics/roles")).EnumerateArray().Single(r => r.GetProperty("userId").GetGuid() == userId);

    private static IEnumerable<string?> Roles(JsonElement row) => row.GetProperty("roles").EnumerateArray().Select(r => r.GetString());

    [Theory, Providers]
    public async Task Roles_follow_permissions_until_an_admin_adjusts_them(string provider)
    {
        var app = apps[provider];
        var biller = await app.AddStaffAsync(TestData.Unique("biller-"), UserType.Biller, [Permission.AnalyticsAccess, Permission.BillingReportAdmin]);
        var api = await AnalyticsAdminAsync(app);

        var row = await RowAsync(api, biller);
        Assert.Equal(["BillingUser"], Roles(row));
        Assert.False(row.GetProperty("adjusted").GetBoolean());

        var put = await api.PutAsJsonAsync($"/api/v1/analytics/roles/{biller}", new { roles = new[] { "BillingUser", "ReportingUser" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        row = await RowAsync(api, biller);
        Assert.Equal(["ReportingUser", "BillingUser"], Roles(row));
        Assert.True(row.GetProperty("adjusted").GetBoolean());
        Assert.Equal(["BillingUser"], row.GetProperty("derivedRoles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory, Providers]
    public async Task A_stored_Analytics_Admin_role_opens_role_management(string provider)
    {
        var app = apps[provider];
        var reporterName = TestData.Unique("reporter-");
        var reporter = await app.AddStaffAsync(reporterName, UserType.PT, [Permission.AnalyticsAccess]);
        var reporterApi = await app.ClientForAsync(reporterName);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporterApi.GetAsync("/api/v1/analytics/roles")).StatusCode);

        var api = await AnalyticsAdminAsync(app);
        var put = await api.PutAsJsonAsync($"/api/v1/analytics/roles/{reporter}", new { roles = new[] { "AnalyticsAdmin" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reporterApi.GetAsync("/api/v1/analytics/roles")).StatusCode);
    }

    [Theory, Providers]
    public async Task Without_AnalyticsAccess_even_a_company_admin_is_refused(string provider)
    {
        var app = apps[provider];
        var companyAdmin = TestData.Unique("company-admin-");
        await app.AddStaffAsync(companyAdmin, UserType.Clerical, [Permission.CompanyAdmin, Permission.ClinicAdmin, Permission.EditUsers]);
        var admin = await app.ClientForAsync(companyAdmin);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/v1/analytics/roles")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/v1/analytics/roles/bulk", new { action = "AddAdmin", userIds = new[] { Guid.NewGuid() } })).StatusCode);
    }

    [Theory, Providers]
    public async Task Bulk_add_billing_reports_each_user(string provider)
    {
        var app = apps[provider];
        var reporter = await app.AddStaffAsync(TestData.Unique("reporter-"), UserType.PT, [Permission.AnalyticsAccess]);
        var noAccess = await app.AddStaffAsync(TestData.Unique("pt-"), UserType.PT, [Permission.ViewPatients]);
        var company = "Frost Rehab " + provider;
        await app.AddCompanyAsync(company, TestData.Unique("frost-"), "Frost Clinic " + provider);
        var stranger = await app.AddStaffAsync(TestData.Unique("frosty-"), UserType.PT, [Permission.AnalyticsAccess], companyName: company);
        var api = await AnalyticsAdminAsync(app);

        var response = await api.PostAsJsonAsync("/api/v1/analytics/roles/bulk", new { action = "AddBilling", userIds = new[] { reporter, noAccess, stranger } });
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonDocument.Parse(text).RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("userId").GetGuid(), r => r.GetProperty("outcome").GetString());
        Assert.Equal("applied", results[reporter]);
        Assert.Equal("refused", results[noAccess]);
        Assert.Equal("notFound", results[stranger]);
        Assert.DoesNotContain("frosty-", text, StringComparison.Ordinal);
        Assert.Equal(["ReportingUser", "BillingUser"], Roles(await RowAsync(api, reporter)));

        var remove = await api.PostAsJsonAsync("/api/v1/analytics/roles/bulk", new { action = "RemoveBilling", userIds = new[] { reporter } });
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        var row = await RowAsync(api, reporter);
        Assert.Equal(["ReportingUser"], Roles(row));
        Assert.False(row.GetProperty("adjusted").GetBoolean());
    }

    [Theory, Providers]
    public async Task Bad_role_requests_name_the_problem(string provider)
    {
        var app = apps[provider];
        var reporter = await app.AddStaffAsync(TestData.Unique("reporter-"), UserType.PT, [Permission.AnalyticsAccess]);
        var noAccess = await app.AddStaffAsync(TestData.Unique("pt-"), UserType.PT, []);
        var api = await AnalyticsAdminAsync(app);

        Assert.Equal(HttpStatusCode.BadRequest, (await api.PutAsJsonAsync($"/api/v1/analytics/roles/{reporter}", new { roles = new[] { "Owner" } })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PutAsJsonAsync($"/api/v1/analytics/roles/{reporter}", new { roles = Array.Empty<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PutAsJsonAsync($"/api/v1/analytics/roles/{noAccess}", new { roles = new[] { "ReportingUser" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"/api/v1/analytics/roles/{Guid.NewGuid()}", new { roles = new[] { "ReportingUser" } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/analytics/roles/bulk", new { action = "MakeBoss", userIds = new[] { reporter } })).StatusCode);
    }
}
