using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Users.UserApi;

namespace Rehab.Web.Tests.Users;

/// <summary>License decisions hold when the account team and a clinic's admins act at the same moment.</summary>
public sealed class LicenseRaceTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task<JsonElement> TherapistsAsync(HttpClient api, Guid clinic) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/licenses")).EnumerateArray()
        .Single(l => l.GetProperty("clinicId").GetGuid() == clinic
                     && l.GetProperty("licenseClass").GetString() == "Therapist");

    [Theory, Providers]
    public async Task Parallel_approvals_of_one_request_cannot_add_its_licenses_twice(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var clinic = await NewClinicAsync(admin, TestData.Unique("Approval Clinic "));
        var request = await RequestAsync(admin, clinic, "Add", therapists: 2);
        var sysadmin = await app.ClientForAsync("sysadmin");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            sysadmin.PostAsync($"/api/v1/license-requests/{request}/approve", null)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await ProblemAsync(refused, HttpStatusCode.Conflict);
            Assert.Equal("License request already decided", problem.GetProperty("title").GetString());
        }
        Assert.Equal(2, (await TherapistsAsync(admin, clinic)).GetProperty("purchased").GetInt32());
    }

    [Theory, Providers]
    public async Task A_removal_approved_while_users_are_created_cannot_leave_more_users_than_licenses(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var clinic = await NewClinicAsync(admin, TestData.Unique("Shrinking Clinic "));
        await BuyAsync(app, clinic, therapists: 2);
        await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(TestData.Unique("pt-"), "PT", clinic)));
        var removal = await RequestAsync(admin, clinic, "Remove", therapists: 1);
        var sysadmin = await app.ClientForAsync("sysadmin");

        var approval = sysadmin.PostAsync($"/api/v1/license-requests/{removal}/approve", null);
        var creations = Enumerable.Range(0, 5)
            .Select(_ => admin.PostAsJsonAsync("/api/v1/users", User(TestData.Unique("pt-"), "PT", clinic))).ToList();
        var responses = await Task.WhenAll(creations.Prepend(approval));

        foreach (var refused in responses.Where(r => r.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created)))
            await ProblemAsync(refused, HttpStatusCode.Conflict);
        var approved = responses[0].StatusCode == HttpStatusCode.OK;
        var created = responses.Skip(1).Count(r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, (approved ? 1 : 0) + created);
        var therapists = await TherapistsAsync(admin, clinic);
        Assert.Equal(approved ? 1 : 2, therapists.GetProperty("purchased").GetInt32());
        Assert.Equal(therapists.GetProperty("purchased").GetInt32(), therapists.GetProperty("assigned").GetInt32());
    }
}
