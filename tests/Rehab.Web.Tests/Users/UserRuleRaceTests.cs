using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Users.UserApi;

namespace Rehab.Web.Tests.Users;

/// <summary>Rules that count users hold when many requests for one company arrive at once.</summary>
public sealed class UserRuleRaceTests(Apps apps) : IClassFixture<Apps>
{
    private const int Parallel = 20;

    [Theory, Providers]
    public async Task Parallel_creations_cannot_hand_out_more_licenses_than_are_free(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var clinicName = TestData.Unique("Race Clinic ");
        var clinic = await NewClinicAsync(admin, clinicName);
        await BuyAsync(app, clinic, therapists: 3);
        await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(TestData.Unique("pt-"), "PT", clinic)));

        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
            admin.PostAsJsonAsync("/api/v1/users", User(TestData.Unique("pt-"), "PT", clinic))));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await ProblemAsync(refused, HttpStatusCode.Conflict);
            Assert.Equal("Therapist", problem.GetProperty("licenseClass").GetString());
            Assert.Equal(clinicName, problem.GetProperty("clinicName").GetString());
        }
        var therapists = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/licenses")).EnumerateArray()
            .Single(l => l.GetProperty("clinicId").GetGuid() == clinic
                         && l.GetProperty("licenseClass").GetString() == "Therapist");
        Assert.Equal(3, therapists.GetProperty("purchased").GetInt32());
        Assert.Equal(3, therapists.GetProperty("assigned").GetInt32());
    }

    [Theory, Providers]
    public async Task Parallel_removals_of_EditUsers_cannot_leave_fewer_than_two_user_managers(string provider)
    {
        var app = apps[provider];
        var team = await UserManagersAsync(app, count: 5);

        var responses = await Task.WhenAll(team.Others.Select(id => team.Manager.PutAsJsonAsync($"/api/v1/users/{id}",
            User(team.UserNames[id], "Clerical", team.Clinic, permissions: [Permission.ViewUsers], password: null))));

        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
        var problem = await ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal("Too few user managers would remain", problem.GetProperty("title").GetString());
        Assert.Equal(UserManagerRule.Minimum, await HoldersAsync(app, team.CompanyId));
    }

    [Theory, Providers]
    public async Task Parallel_inactivations_and_bulk_removals_cannot_leave_fewer_than_two_user_managers(
        string provider)
    {
        var app = apps[provider];
        var team = await UserManagersAsync(app, count: 5);
        string[] managerPermissions = [Permission.ViewUsers, Permission.EditUsers];

        var inactivations = team.Others.Take(3).Select(async id =>
        {
            var response = await team.Manager.PutAsJsonAsync($"/api/v1/users/{id}",
                User(team.UserNames[id], "Clerical", team.Clinic, permissions: managerPermissions, isActive: false,
                    password: null));
            if (response.StatusCode == HttpStatusCode.OK)
                return 1;
            await ProblemAsync(response, HttpStatusCode.Conflict);
            return 0;
        });
        var bulkRemovals = team.Others.Skip(3).Select(async id =>
        {
            var response = await team.Manager.PostAsJsonAsync("/api/v1/users/bulk",
                new { userIds = new[] { id }, removePermissions = new[] { Permission.EditUsers } });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetInt32();
        });
        var applied = await Task.WhenAll(inactivations.Concat(bulkRemovals));

        Assert.Equal(4, applied.Sum());
        Assert.Equal(UserManagerRule.Minimum, await HoldersAsync(app, team.CompanyId));
    }

    private sealed record UserManagers(Guid CompanyId, Guid Clinic, HttpClient Manager, IReadOnlyList<Guid> Others,
        IReadOnlyDictionary<Guid, string> UserNames);

    /// <summary>A company of its own: an acting manager and <paramref name="count"/> more EditUsers holders.</summary>
    private static async Task<UserManagers> UserManagersAsync(RehabAppFactory app, int count)
    {
        var companyName = TestData.Unique("Race Rehab ");
        var company = await app.AddCompanyAsync(companyName, TestData.Unique("owner-"), "Race Clinic");
        var clinic = company.Clinics.Single().Id;
        var manager = TestData.Unique("mgr-");
        await app.AddStaffAsync(manager, UserType.Clerical,
            [Permission.ViewUsers, Permission.EditUsers, Permission.CompanyAdmin], homeClinicId: clinic,
            companyName: companyName);
        var names = new Dictionary<Guid, string>();
        for (var i = 0; i < count; i++)
        {
            var name = TestData.Unique("fo-");
            var id = await app.AddStaffAsync(name, UserType.Clerical, [Permission.ViewUsers, Permission.EditUsers],
                [clinic], clinic, companyName);
            names[id] = name;
        }
        var client = await app.ClientForAsync(manager);
        return new UserManagers(company.Company.Id, clinic, client, [.. names.Keys], names);
    }

    private static Task<int> HoldersAsync(RehabAppFactory app, Guid companyId) =>
        app.WithScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            return db.Users.IgnoreQueryFilters().CountAsync(u => u.CompanyId == companyId && u.IsActive
                && db.UserPermissions.IgnoreQueryFilters()
                    .Any(p => p.UserId == u.Id && p.Permission == Permission.EditUsers));
        });
}
