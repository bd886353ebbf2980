using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Users.UserApi;

namespace Rehab.Web.Tests.Users;

public sealed class LicenseApiTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task<JsonElement> CountAsync(HttpClient api, Guid clinic, string licenseClass) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/licenses")).EnumerateArray()
        .Single(l => l.GetProperty("clinicId").GetGuid() == clinic && l.GetProperty("licenseClass").GetString() == licenseClass);

    [Theory, Providers]
    public async Task An_exhausted_license_refuses_the_user_until_a_request_is_approved(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var clinicName = TestData.Unique("Full Clinic ");
        var clinic = await NewClinicAsync(admin, clinicName);
        var userName = TestData.Unique("pt-");

        var refused = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", User(userName, "PT", clinic)), HttpStatusCode.Conflict);
        Assert.Equal("Therapist", refused.GetProperty("licenseClass").GetString());
        Assert.Equal(clinicName, refused.GetProperty("clinicName").GetString());
        Assert.Equal("/api/v1/license-requests", refused.GetProperty("requestLicenses").GetString());
        Assert.Contains($"Every Therapist license of {clinicName} is in use", refused.GetProperty("detail").GetString());

        await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(TestData.Unique("fo-"), "Clerical", clinic)));

        var requestId = await RequestAsync(admin, clinic, "Add", therapists: 1);
        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/v1/license-requests?status=Pending");
        Assert.Contains(pending.EnumerateArray(), r => r.GetProperty("id").GetGuid() == requestId);
        var sysadmin = await app.ClientForAsync("sysadmin");
        Assert.Equal(HttpStatusCode.OK, (await sysadmin.PostAsync($"/api/v1/license-requests/{requestId}/approve", null)).StatusCode);

        var free = await CountAsync(admin, clinic, "Therapist");
        Assert.Equal(1, free.GetProperty("purchased").GetInt32());
        Assert.Equal(1, free.GetProperty("available").GetInt32());
        var created = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(userName, "PT", clinic)));
        var used = await CountAsync(admin, clinic, "Therapist");
        Assert.Equal(1, used.GetProperty("assigned").GetInt32());
        Assert.Equal(0, used.GetProperty("available").GetInt32());

        // Inactivating keeps the license purchased; the health check lists the holder.
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/users/{id}",
            User(userName, "PT", clinic, isActive: false, password: null))).StatusCode);
        var afterInactivation = await CountAsync(admin, clinic, "Therapist");
        Assert.Equal(1, afterInactivation.GetProperty("purchased").GetInt32());
        Assert.Equal(1, afterInactivation.GetProperty("heldByInactive").GetInt32());
        var held = await admin.GetFromJsonAsync<JsonElement>("/api/v1/licenses/held-by-inactive");
        Assert.Contains(held.EnumerateArray(), u => u.GetProperty("userId").GetGuid() == id);
    }

    [Theory, Providers]
    public async Task A_removal_below_the_licenses_active_users_hold_is_refused(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var clinic = await NewClinicAsync(admin, TestData.Unique("Remove Clinic "));
        await BuyAsync(app, clinic, students: 2);
        await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(TestData.Unique("spt-"), "SPT", clinic)));
        var sysadmin = await app.ClientForAsync("sysadmin");

        var noExplanation = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/license-requests", new
        {
            clinicId = clinic, direction = "Remove", studentCount = 1, reason = "StaffLeft",
        }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(noExplanation, "explanation"));

        var tooMany = await RequestAsync(admin, clinic, "Remove", students: 2);
        var refused = await ProblemAsync(await sysadmin.PostAsync($"/api/v1/license-requests/{tooMany}/approve", null), HttpStatusCode.Conflict);
        Assert.Contains("1 active user(s) hold one", refused.GetProperty("detail").GetString());
        var rejected = await sysadmin.PostAsJsonAsync($"/api/v1/license-requests/{tooMany}/reject", new { note = "Inactivate first" });
        Assert.Equal("Rejected", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await ProblemAsync(await sysadmin.PostAsync($"/api/v1/license-requests/{tooMany}/approve", null), HttpStatusCode.Conflict);

        var one = await RequestAsync(admin, clinic, "Remove", students: 1);
        Assert.Equal(HttpStatusCode.OK, (await sysadmin.PostAsync($"/api/v1/license-requests/{one}/approve", null)).StatusCode);
        Assert.Equal(1, (await CountAsync(admin, clinic, "Student")).GetProperty("purchased").GetInt32());
    }

    [Theory, Providers]
    public async Task Only_the_account_team_decides_and_it_sees_every_company(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var requestId = await RequestAsync(admin, phoenix, "Add", assistants: 1);

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync($"/api/v1/license-requests/{requestId}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync($"/api/v1/license-requests/{requestId}/reject", null)).StatusCode);

        var other = await app.AddCompanyAsync(TestData.Unique("Faraway Rehab "), TestData.Unique("far-"), "Faraway Clinic");
        var sysadmin = await app.ClientForAsync("sysadmin");
        var all = await sysadmin.GetFromJsonAsync<JsonElement>("/api/v1/license-requests?status=Pending");
        var mine = all.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == requestId);
        Assert.Equal("Desert Sun Rehab", mine.GetProperty("companyName").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await sysadmin.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sysadmin.GetAsync("/api/v1/licenses")).StatusCode);

        var rejected = await sysadmin.PostAsJsonAsync($"/api/v1/license-requests/{requestId}/reject", new { note = "Talk to us first" });
        var body = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Rejected", body.GetProperty("status").GetString());
        Assert.Equal("sysadmin", body.GetProperty("decidedBy").GetString());

        var otherAdmin = await app.ClientForAsync(other.Admin.UserName!);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherAdmin.GetAsync("/api/v1/license-requests")).StatusCode);
        await ProblemAsync(await sysadmin.PostAsync($"/api/v1/license-requests/{Guid.NewGuid()}/approve", null), HttpStatusCode.NotFound);
    }

    [Theory, Providers]
    public async Task The_demo_company_has_licenses_partly_used_and_a_pending_request(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");

        var therapist = await CountAsync(admin, phoenix, "Therapist");
        Assert.Equal(4, therapist.GetProperty("purchased").GetInt32());
        Assert.Equal(3, therapist.GetProperty("assigned").GetInt32());
        var requests = await admin.GetFromJsonAsync<JsonElement>("/api/v1/license-requests?status=Pending");
        Assert.Contains(requests.EnumerateArray(), r => r.GetProperty("requestedBy").GetString() == "director");
        foreach (var login in new[] { "executive", "director", "therapist", "assistant", "student", "frontoffice", "biller" })
            Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(login)).GetAsync("/api/v1/me")).StatusCode);
    }
}
