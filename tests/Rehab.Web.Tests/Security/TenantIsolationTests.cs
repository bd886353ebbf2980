using System.Net;
using System.Net.Http.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Security;

/// <summary>Two companies with distinctive data: nothing of one reaches a user of the other, through any endpoint.</summary>
public sealed class TenantIsolationTests(Apps apps) : IClassFixture<Apps>
{
    private const string OtherCompany = "Zephyr Northern Therapy";
    private const string OtherClinic = "Zephyr Glacier Clinic";

    [Theory, Providers]
    public async Task No_get_endpoint_returns_another_company_data(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(OtherCompany, "zephyr-admin-" + provider, OtherClinic);
        var otherClinicId = other.Clinics.Single().Id;
        var zephyr = await app.ClientForAsync("zephyr-admin-" + provider);
        await zephyr.PutAsJsonAsync("/api/v1/company", new { name = OtherCompany, taxId = "99-8765432", phone = "907-555-0199" });

        var desertSun = await app.ClientForAsync("admin");
        var secrets = new[] { "Zephyr", "Glacier", "Utqiagvik", "99723", "99-8765432", "(907) 555-0199", otherClinicId.ToString(), other.Company.Id.ToString(), other.Admin.Id.ToString() };

        var gets = DenyByDefaultTests.Endpoints(app).Where(e => e.Method is "GET" or "*").Select(e => e.Route).Distinct().ToList();
        Assert.Contains("/api/v1/clinics/{id:guid}", gets);
        foreach (var route in gets)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(route, @"\{(?<name>[^}:]+)[^}]*\}",
                m => m.Groups["name"].Value is "id" or "clinicId" ? otherClinicId.ToString() : "v1");
            var response = await desertSun.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            foreach (var secret in secrets)
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"GET {path} revealed '{secret}' of another company");
        }
    }

    [Theory, Providers]
    public async Task Another_company_clinic_answers_404_and_cannot_be_changed(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(OtherCompany + " " + provider, "zephyr-owner-" + provider, OtherClinic + " " + provider);
        var clinicId = other.Clinics.Single().Id;
        var desertSun = await app.ClientForAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await desertSun.GetAsync($"/api/v1/clinics/{clinicId}")).StatusCode);
        var put = await desertSun.PutAsJsonAsync($"/api/v1/clinics/{clinicId}", new
        {
            name = "Taken Over", addressLine1 = "1 Main St", city = "Mesa", state = "AZ", postalCode = "85201", timeZone = "America/Phoenix",
        });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);

        var owner = await app.ClientForAsync("zephyr-owner-" + provider);
        var clinic = await owner.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/clinics/{clinicId}");
        Assert.Equal(OtherClinic + " " + provider, clinic.GetProperty("name").GetString());
        var company = await owner.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/company");
        Assert.Equal(OtherCompany + " " + provider, company.GetProperty("name").GetString());
    }

    [Theory, Providers]
    public async Task A_clinic_limited_user_sees_only_their_clinics(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var user = TestData.Unique("pt-");
        await app.AddUserAsync(user, [], [phoenix]);
        var api = await app.ClientForAsync(user);

        var clinics = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/clinics");
        Assert.Equal(["Phoenix Central"], clinics.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/clinics/{denver}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/clinics/{phoenix}")).StatusCode);
    }

    [Theory, Providers]
    public async Task A_user_without_company_admin_cannot_change_the_organization(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("pta-");
        await app.AddUserAsync(user, []);
        var api = await app.ClientForAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync("/api/v1/company", new { name = "Renamed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/clinics", new { name = "Sneaky" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/audit")).StatusCode);
        var company = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/company");
        Assert.Equal("Desert Sun Rehab", company.GetProperty("name").GetString());
    }
}
