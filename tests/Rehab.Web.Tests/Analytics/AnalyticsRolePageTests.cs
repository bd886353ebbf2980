using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;
using Rehab.Web.Tests.Users;

namespace Rehab.Web.Tests.Analytics;

public sealed class AnalyticsRolePageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task An_analytics_admin_adds_billing_on_the_bulk_page_and_sees_it_on_user_role_management(string provider)
    {
        var app = apps[provider];
        var reporterName = TestData.Unique("reporter-");
        var reporter = await app.AddStaffAsync(reporterName, UserType.PT, [Permission.AnalyticsAccess]);
        var adminName = TestData.Unique("aadmin-");
        await app.AddStaffAsync(adminName, UserType.PT, [Permission.AnalyticsAccess, Permission.CompanyAdmin]);
        var pages = await PageClient.SignInAsync(app, adminName);

        var posted = await pages.PostFormAsync("/Analytics/Roles/Bulk", new() { ["Action"] = "AddBilling", ["UserIds"] = reporter.ToString() });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Add Billing: 1 updated", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = await pages.Http.GetStringAsync("/Analytics/Roles");
        Assert.Contains($"value=\"{reporter}:BillingUser\" checked", list, StringComparison.Ordinal);

        var api = await app.ClientForAsync(adminName);
        var row = (await api.GetFromJsonAsync<JsonElement>("/api/v1/analytics/roles")).EnumerateArray().Single(r => r.GetProperty("userId").GetGuid() == reporter);
        Assert.Equal(["ReportingUser", "BillingUser"], row.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory, Providers]
    public async Task Role_management_and_bulk_user_pages_are_closed_to_those_without_the_rights(string provider)
    {
        var app = apps[provider];
        var clinicAdmin = TestData.Unique("clinic-admin-");
        await app.AddStaffAsync(clinicAdmin, UserType.PT, [Permission.ClinicAdmin, Permission.ViewUsers]);
        var pages = await PageClient.SignInAsync(app, clinicAdmin);
        foreach (var url in new[] { "/Analytics/Roles", "/Analytics/Roles/Bulk", "/Users/Bulk" })
        {
            var response = await pages.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
