using System.Net;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Users;

public sealed class UserPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task The_user_manager_shows_users_license_counters_and_the_inactive_holders(string provider)
    {
        var page = await PageClient.SignInAsync(apps[provider], "admin");

        var html = await page.Http.GetStringAsync("/Users?status=all");
        Assert.Contains("Licenses in Denver Highlands", html); // no clinic chosen: the first by name
        Assert.Contains("Theo Therapist", html);
        Assert.Contains("Health check: licenses held by inactive users", html);
        Assert.Contains("Frances Former", html);
        Assert.Contains("href=\"/Users\"", await page.Http.GetStringAsync("/"));

        var filtered = await page.Http.GetStringAsync("/Users?type=PTA");
        Assert.Contains("Alex Assistant", filtered);
        Assert.DoesNotContain("Theo Therapist", filtered);
    }

    [Theory, Providers]
    public async Task Users_without_view_users_cannot_open_the_user_manager(string provider)
    {
        var page = await PageClient.SignInAsync(apps[provider], "therapist");

        var response = await page.Http.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Denied", response.Headers.Location!.ToString());
        Assert.DoesNotContain("href=\"/Users\"", await page.Http.GetStringAsync("/"));
    }

    [Theory, Providers]
    public async Task An_admin_adds_a_user_on_the_page_and_sees_refusals_next_to_the_fields(string provider)
    {
        var app = apps[provider];
        var page = await PageClient.SignInAsync(app, "admin");
        var phoenix = (await app.ClinicIdAsync("Phoenix Central")).ToString();
        var userName = TestData.Unique("fo-");
        Dictionary<string, string> Form(string permission) => new()
        {
            ["Input.UserName"] = userName, ["Input.Password"] = RehabAppFactory.Password, ["Input.FirstName"] = "Frank",
            ["Input.LastName"] = "Desk", ["Input.Email"] = userName + "@example.test", ["Input.UserType"] = "Clerical",
            ["Input.IsActive"] = "true", ["Input.ClinicIds"] = phoenix, ["Input.HomeClinicId"] = phoenix, ["Input.Permissions"] = permission,
        };

        var refused = await page.PostFormAsync("/Users/Edit", Form(Permission.StartNotes));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("StartNotes is a note permission and never goes to Clerical users.", await refused.Content.ReadAsStringAsync());

        var saved = await page.PostFormAsync("/Users/Edit", Form(Permission.ViewPatients));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Frank Desk", await page.Http.GetStringAsync("/Users?name=desk"));
    }

    [Theory, Providers]
    public async Task A_license_request_from_the_page_reaches_the_account_team_which_approves_it(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var denver = (await app.ClinicIdAsync("Denver Highlands")).ToString();

        var missing = await admin.PostFormAsync("/Users/LicenseRequest", new()
        {
            ["ClinicId"] = denver, ["Direction"] = "Remove", ["TherapistCount"] = "1", ["Reason"] = "StaffLeft",
        });
        Assert.Contains("Explain why licenses are removed", await missing.Content.ReadAsStringAsync());
        var sent = await admin.PostFormAsync("/Users/LicenseRequest", new()
        {
            ["ClinicId"] = denver, ["Direction"] = "Add", ["StudentCount"] = "3", ["Reason"] = "SeasonalStaff", ["Explanation"] = "Summer students " + provider,
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var sysadmin = await PageClient.SignInAsync(app, "sysadmin");
        var queue = await sysadmin.Http.GetStringAsync("/SystemAdmin/LicenseRequests");
        Assert.Contains("Summer students " + provider, queue);
        var ids = System.Text.RegularExpressions.Regex.Matches(queue, "name=\"id\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        var approved = await sysadmin.PostFormAsync("/SystemAdmin/LicenseRequests?handler=Approve", new() { ["id"] = ids[0], ["note"] = "done" },
            formPage: "/SystemAdmin/LicenseRequests");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Request approved.", await sysadmin.Http.GetStringAsync("/SystemAdmin/LicenseRequests"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Http.GetAsync("/SystemAdmin/LicenseRequests")).StatusCode);
    }
}
