using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Analytics;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Analytics;
using Rehab.Web.Tests.Infrastructure;
using Rehab.Web.Tests.Users;

namespace Rehab.Web.Tests.Analytics;

/// <summary>Bulk role changes do what the admin chose, and Analytics never ends up without an admin.</summary>
public sealed partial class AnalyticsAdminGuardTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>A company of its own with analytics admins by permission (AnalyticsAccess, ClinicAdmin).</summary>
    private static async Task<(string Company, List<Guid> Admins, List<string> Names)> CompanyWithAdminsAsync(
        RehabAppFactory app, int count)
    {
        var company = TestData.Unique("Analytics Co ");
        await app.AddCompanyAsync(company, TestData.Unique("owner-"), "Main Street");
        var names = Enumerable.Range(0, count).Select(_ => TestData.Unique("aadmin-")).ToList();
        var admins = new List<Guid>();
        foreach (var name in names)
            admins.Add(await app.AddStaffAsync(name, UserType.PT, [Permission.AnalyticsAccess, Permission.ClinicAdmin],
                companyName: company));
        return (company, admins, names);
    }

    private static async Task<IReadOnlyList<string?>> RolesAsync(HttpClient api, Guid userId) =>
        [.. (await api.GetFromJsonAsync<JsonElement>("/api/v1/analytics/roles")).EnumerateArray()
            .Single(r => r.GetProperty("userId").GetGuid() == userId).GetProperty("roles").EnumerateArray()
            .Select(r => r.GetString())];

    [Theory, Providers]
    public async Task Bulk_role_check_all_keeps_remove_action(string provider)
    {
        var app = apps[provider];
        var (_, admins, names) = await CompanyWithAdminsAsync(app, 2);
        var pages = await PageClient.SignInAsync(app, names[0]);

        var posted = await pages.PostFormAsync("/Analytics/Roles/Bulk?handler=CheckAll",
            new() { ["Action"] = nameof(AnalyticsRoleBulkAction.RemoveAdmin) }, "/Analytics/Roles/Bulk");
        var page = await posted.Content.ReadAsStringAsync();

        Assert.Equal(["RemoveAdmin"], CheckedRadios().Matches(page).Select(m => m.Groups[1].Value));
        foreach (var admin in admins)
            Assert.Matches($"value=\"{admin}\" checked", page);
        var api = await app.ClientForAsync(names[0]);
        Assert.Equal(["AnalyticsAdmin"], await RolesAsync(api, admins[1]));
    }

    [Theory, Providers]
    public async Task Bulk_role_uncheck_all_keeps_the_chosen_action(string provider)
    {
        var app = apps[provider];
        var (_, admins, names) = await CompanyWithAdminsAsync(app, 1);
        var pages = await PageClient.SignInAsync(app, names[0]);

        var page = await (await pages.PostFormAsync("/Analytics/Roles/Bulk?handler=UncheckAll",
            new() { ["Action"] = nameof(AnalyticsRoleBulkAction.AddBilling), ["UserIds"] = admins[0].ToString() },
            "/Analytics/Roles/Bulk")).Content.ReadAsStringAsync();

        Assert.Equal(["AddBilling"], CheckedRadios().Matches(page).Select(m => m.Groups[1].Value));
        Assert.DoesNotMatch($"value=\"{admins[0]}\" checked", page);
    }

    [Theory, Providers]
    public async Task Last_analytics_admin_cannot_be_removed(string provider)
    {
        var app = apps[provider];
        var (_, admins, names) = await CompanyWithAdminsAsync(app, 2);
        var api = await app.ClientForAsync(names[0]);

        var bulk = await api.PostAsJsonAsync("/api/v1/analytics/roles/bulk",
            new { action = "RemoveAdmin", userIds = admins });
        var outcome = await bulk.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 1), (outcome.GetProperty("applied").GetInt32(), outcome.GetProperty("refused").GetInt32()));
        var refused = outcome.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("outcome").GetString() == "refused");
        Assert.Contains("last active Analytics Admin", refused.GetProperty("reasons")[0].GetString(),
            StringComparison.Ordinal);

        var remaining = refused.GetProperty("userId").GetGuid();
        api = await app.ClientForAsync(names[admins.IndexOf(remaining)]);
        var put = await api.PutAsJsonAsync($"/api/v1/analytics/roles/{remaining}",
            new { roles = new[] { "ReportingUser" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, put.StatusCode);
        Assert.Contains("AnalyticsAdmin", await RolesAsync(api, remaining));
    }

    [Theory, Providers]
    public async Task The_User_Manager_keeps_the_last_analytics_admin(string provider)
    {
        var app = apps[provider];
        var company = TestData.Unique("Front Office Co ");
        await app.AddCompanyAsync(company, TestData.Unique("owner-"), "Main Street");
        // Front office staff hold no license, so the edits below meet no license rule.
        var names = new[] { TestData.Unique("aadmin-") };
        string[] adminPermissions = [Permission.AnalyticsAccess, Permission.ClinicAdmin];
        Guid[] admins = [await app.AddStaffAsync(names[0], UserType.Clerical, adminPermissions, companyName: company)];
        var managerName = TestData.Unique("manager-");
        await app.AddStaffAsync(managerName, UserType.PT, [Permission.ViewUsers, Permission.EditUsers],
            companyName: company);
        var manager = await app.ClientForAsync(managerName);
        var saved = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/users/{admins[0]}");
        var clinic = (await manager.GetFromJsonAsync<JsonElement>("/api/v1/clinics"))[0].GetProperty("id").GetGuid();
        object Edit(string[] permissions, bool isActive) => new
        {
            firstName = "Ana", lastName = names[0], email = $"{names[0]}@example.test", userType = "Clerical", isActive,
            allClinics = saved.GetProperty("allClinics").GetBoolean(),
            clinicIds = saved.GetProperty("clinicIds").EnumerateArray().Select(c => c.GetGuid()).ToArray(),
            homeClinicId = clinic, permissions,
        };

        foreach (var (edit, field) in new[]
                 {
                     (Edit([Permission.ClinicAdmin], isActive: true), "permissions"),
                     (Edit([Permission.AnalyticsAccess], isActive: true), "permissions"),
                     (Edit([Permission.AnalyticsAccess, Permission.ClinicAdmin], isActive: false), "isActive"),
                 })
        {
            var problem = await UserApi.ProblemAsync(await manager.PutAsJsonAsync($"/api/v1/users/{admins[0]}", edit),
                HttpStatusCode.Conflict);
            Assert.Contains("last active Analytics Admin", UserApi.FieldErrors(problem, field).Single(),
                StringComparison.Ordinal);
        }
        var bulk = await (await manager.PostAsJsonAsync("/api/v1/users/bulk",
            new { userIds = admins, removePermissions = new[] { Permission.AnalyticsAccess } })).Content
            .ReadFromJsonAsync<JsonElement>();
        var row = bulk.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("refused", row.GetProperty("outcome").GetString());
        Assert.Contains("last active Analytics Admin", row.GetProperty("reasons")[0].GetString(),
            StringComparison.Ordinal);
        var unchanged = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/users/{admins[0]}");
        Assert.True(unchanged.GetProperty("isActive").GetBoolean());
        Assert.Equal([Permission.AnalyticsAccess, Permission.ClinicAdmin], UserApi.Strings(unchanged, "permissions"));

        await app.AddStaffAsync(TestData.Unique("aadmin-"), UserType.Clerical, adminPermissions, companyName: company);
        var put = await manager.PutAsJsonAsync($"/api/v1/users/{admins[0]}",
            Edit([Permission.ClinicAdmin], isActive: true));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [Theory, Providers]
    public async Task Parallel_removals_cannot_leave_no_analytics_admin(string provider)
    {
        var app = apps[provider];
        var (_, admins, names) = await CompanyWithAdminsAsync(app, 4);
        var clients = await Task.WhenAll(names.Select(n => app.ClientForAsync(n)));

        var responses = await Task.WhenAll(admins.Select((id, i) =>
            clients[i].PutAsJsonAsync($"/api/v1/analytics/roles/{id}", new { roles = new[] { "ReportingUser" } })));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var survivor = Array.FindIndex(responses, r => r.StatusCode != HttpStatusCode.OK);
        Assert.Contains("AnalyticsAdmin", await RolesAsync(clients[survivor], admins[survivor]));
    }

    [Theory, Providers]
    public async Task Company_admin_can_always_restore_analytics_admin(string provider)
    {
        var app = apps[provider];
        var company = TestData.Unique("Locked Co ");
        await app.AddCompanyAsync(company, TestData.Unique("owner-"), "Main Street");
        var ownerName = TestData.Unique("ceo-");
        var owner = await app.AddStaffAsync(ownerName, UserType.Clerical,
            [Permission.AnalyticsAccess, Permission.CompanyAdmin], companyName: company);
        // The state the guard now prevents, as older versions left it: nobody is an Analytics Admin.
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var companyId = await db.Users.IgnoreQueryFilters().Where(u => u.Id == owner).Select(u => u.CompanyId)
                .SingleAsync();
            db.AnalyticsRoleGrants.Add(new AnalyticsRoleGrant
            {
                CompanyId = companyId, UserId = owner, Role = AnalyticsRole.ReportingUser,
            });
            return await db.SaveChangesAsync();
        });
        var pages = await PageClient.SignInAsync(app, ownerName);
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/Analytics/Roles")).StatusCode);

        var api = await app.ClientForAsync(ownerName);
        var put = await api.PutAsJsonAsync($"/api/v1/analytics/roles/{owner}",
            new { roles = new[] { "AnalyticsAdmin" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["AnalyticsAdmin"], await RolesAsync(api, owner));
    }

    [GeneratedRegex("name=\"Action\" value=\"(\\w+)\" checked")]
    private static partial Regex CheckedRadios();
}
