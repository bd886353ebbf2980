using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Users;

public sealed class BulkUpdateApiTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task<HttpClient> AdminAsync(RehabAppFactory app, string companyName = "Desert Sun Rehab")
    {
        var name = TestData.Unique("useradmin-");
        await app.AddStaffAsync(name, UserType.PT, Permission.All, companyName: companyName);
        return await app.ClientForAsync(name);
    }

    private static JsonElement Row(JsonElement body, Guid userId) =>
        body.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("userId").GetGuid() == userId);

    [Theory, Providers]
    public async Task A_change_refused_for_one_user_is_applied_to_the_others(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var therapist = await app.AddStaffAsync(TestData.Unique("pt-"), UserType.PT, [Permission.ViewPatients], [phoenix], phoenix);
        var frontOffice = await app.AddStaffAsync(TestData.Unique("fo-"), UserType.Clerical, [Permission.ViewPatients], [phoenix], phoenix);
        var api = await AdminAsync(app);

        var response = await api.PostAsJsonAsync("/api/v1/users/bulk", new
        {
            userIds = new[] { therapist, frontOffice },
            addPermissions = new[] { Permission.StartNotes },
            addClinics = new[] { denver },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("applied").GetInt32());
        Assert.Equal(1, body.GetProperty("refused").GetInt32());
        Assert.Equal("applied", Row(body, therapist).GetProperty("outcome").GetString());
        var refused = Row(body, frontOffice);
        Assert.Equal("refused", refused.GetProperty("outcome").GetString());
        Assert.Equal("StartNotes is a note permission and never goes to Clerical users.", refused.GetProperty("reasons")[0].GetString());

        Assert.Contains(Permission.StartNotes, await app.PermissionsOfAsync(therapist));
        Assert.Contains(denver, await app.ClinicsOfAsync(therapist));
        Assert.DoesNotContain(Permission.StartNotes, await app.PermissionsOfAsync(frontOffice));
        Assert.DoesNotContain(denver, await app.ClinicsOfAsync(frontOffice));
    }

    [Theory, Providers]
    public async Task A_preview_reports_the_result_and_saves_nothing(string provider)
    {
        var app = apps[provider];
        var therapist = await app.AddStaffAsync(TestData.Unique("pt-"), UserType.PT, []);
        var api = await AdminAsync(app);

        var response = await api.PostAsJsonAsync("/api/v1/users/bulk", new
        {
            userIds = new[] { therapist }, addPermissions = new[] { Permission.FinalizeNotes }, preview = true,
        });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("preview").GetBoolean());
        Assert.Equal("applied", Row(body, therapist).GetProperty("outcome").GetString());
        Assert.Equal([Permission.FinalizeNotes], Row(body, therapist).GetProperty("changes").GetProperty("addedPermissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(await app.PermissionsOfAsync(therapist));
    }

    [Theory, Providers]
    public async Task Another_company_user_is_reported_as_not_found_and_left_alone(string provider)
    {
        var app = apps[provider];
        var company = "Tundra Therapy " + provider;
        var other = await app.AddCompanyAsync(company, TestData.Unique("tundra-"), "Tundra Clinic " + provider);
        var stranger = await app.AddStaffAsync(TestData.Unique("stranger-"), UserType.PT, [], companyName: company);
        var unknown = Guid.NewGuid();
        var api = await AdminAsync(app);

        var response = await api.PostAsJsonAsync("/api/v1/users/bulk", new
        {
            userIds = new[] { stranger, other.Admin.Id, unknown }, addPermissions = new[] { Permission.ViewPatients },
        });

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(3, body.GetProperty("notFound").GetInt32());
        Assert.All(body.GetProperty("results").EnumerateArray(), r => Assert.Equal("notFound", r.GetProperty("outcome").GetString()));
        Assert.DoesNotContain("stranger-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tundra", text, StringComparison.Ordinal);
        Assert.Empty(await app.PermissionsOfAsync(stranger));
    }

    [Theory, Providers]
    public async Task Removing_clinic_or_company_admin_in_bulk_is_refused_as_a_whole(string provider)
    {
        var app = apps[provider];
        var director = await app.AddStaffAsync(TestData.Unique("dir-"), UserType.PT, [Permission.ClinicAdmin]);
        var api = await AdminAsync(app);

        var response = await api.PostAsJsonAsync("/api/v1/users/bulk", new { userIds = new[] { director }, removePermissions = new[] { Permission.ClinicAdmin } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("cannot be removed in bulk", problem.GetProperty("errors").GetProperty("removePermissions")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(Permission.ClinicAdmin, await app.PermissionsOfAsync(director));
    }

    [Theory, Providers]
    public async Task A_home_clinic_stays_and_other_clinics_go(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var homePhoenix = await app.AddStaffAsync(TestData.Unique("pt-"), UserType.PT, [], [phoenix, denver], phoenix);
        var homeDenver = await app.AddStaffAsync(TestData.Unique("pt-"), UserType.PT, [], [phoenix, denver], denver);
        var api = await AdminAsync(app);

        var body = await (await api.PostAsJsonAsync("/api/v1/users/bulk", new { userIds = new[] { homePhoenix, homeDenver }, removeClinics = new[] { phoenix } }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("refused", Row(body, homePhoenix).GetProperty("outcome").GetString());
        Assert.Equal("applied", Row(body, homeDenver).GetProperty("outcome").GetString());
        Assert.Equal(2, (await app.ClinicsOfAsync(homePhoenix)).Count);
        Assert.Equal([denver], await app.ClinicsOfAsync(homeDenver));
    }

    [Theory, Providers]
    public async Task Two_users_with_EditUsers_remain_in_the_company(string provider)
    {
        var app = apps[provider];
        var company = "Mesa Verde Therapy " + provider;
        await app.AddCompanyAsync(company, TestData.Unique("mesa-"), "Mesa Clinic " + provider);
        var api = await AdminAsync(app, company);
        var second = await app.AddStaffAsync(TestData.Unique("ed-"), UserType.PT, [Permission.EditUsers], companyName: company);
        var third = await app.AddStaffAsync(TestData.Unique("ed-"), UserType.PT, [Permission.EditUsers], companyName: company);

        var body = await (await api.PostAsJsonAsync("/api/v1/users/bulk", new { userIds = new[] { second, third }, removePermissions = new[] { Permission.EditUsers } }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("applied", Row(body, second).GetProperty("outcome").GetString());
        Assert.Equal("refused", Row(body, third).GetProperty("outcome").GetString());
        Assert.Contains("At least 2 active users must keep EditUsers", Row(body, third).GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal([Permission.EditUsers], await app.PermissionsOfAsync(third));
    }

    [Theory, Providers]
    public async Task A_filter_selects_the_users_and_a_limited_admin_grants_only_what_they_hold(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var marker = TestData.Unique("zz");
        var inPhoenix = await app.AddStaffAsync(marker + "-a", UserType.SLP, [], [phoenix], phoenix);
        var inDenver = await app.AddStaffAsync(marker + "-b", UserType.SLP, [], [denver], denver);
        var limited = TestData.Unique("limited-");
        await app.AddStaffAsync(limited, UserType.PT, [Permission.EditUsers, Permission.ViewPatients], [phoenix], phoenix);
        var api = await app.ClientForAsync(limited);

        var refused = await api.PostAsJsonAsync("/api/v1/users/bulk", new { filter = new { name = marker }, addPermissions = new[] { Permission.StartNotes }, addClinics = new[] { denver } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("addClinics", out _));

        var body = await (await api.PostAsJsonAsync("/api/v1/users/bulk", new { filter = new { name = marker, type = "SLP", status = "active" }, addPermissions = new[] { Permission.ViewPatients } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([inPhoenix], body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("userId").GetGuid()));
        Assert.Empty(await app.PermissionsOfAsync(inDenver));
    }

    [Theory, Providers]
    public async Task Bulk_update_needs_EditUsers(string provider)
    {
        var app = apps[provider];
        var viewer = TestData.Unique("viewer-");
        await app.AddStaffAsync(viewer, UserType.PT, [Permission.ViewUsers]);
        var api = await app.ClientForAsync(viewer);
        var response = await api.PostAsJsonAsync("/api/v1/users/bulk", new { userIds = new[] { Guid.NewGuid() }, addPermissions = new[] { Permission.ViewPatients } });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
