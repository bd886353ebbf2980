using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Settings;

public sealed class SettingsHistoryApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task A_payers_history_shows_the_unit_rule_before_and_after(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var name = TestData.Unique("Aetna PPO ");
        var created = await api.PostAsJsonAsync("/api/v1/payers", new { name, type = "PPO", unitRule = "EightMinute" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var changed = await api.PutAsJsonAsync($"/api/v1/payers/{id}", new { name, type = "PPO", unitRule = "RuleOfEights" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var history = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/payers/{id}/history")).EnumerateArray().ToList();
        Assert.Equal(["Update", "Create"], history.Select(r => r.GetProperty("action").GetString()));
        Assert.All(history, r => Assert.Equal("admin", r.GetProperty("by").GetString()));
        var change = Assert.Single(history[0].GetProperty("changes").EnumerateArray());
        Assert.Equal(("UnitRule", "EightMinute", "RuleOfEights"),
            (change.GetProperty("field").GetString(), change.GetProperty("old").GetString(), change.GetProperty("new").GetString()));
        Assert.Contains(history[1].GetProperty("changes").EnumerateArray(), c =>
            c.GetProperty("field").GetString() == "Name" && c.GetProperty("new").GetString() == name
            && c.GetProperty("old").ValueKind == JsonValueKind.Null);
    }

    [Theory, Providers]
    public async Task Clinic_and_company_histories_show_old_and_new_values(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var clinicId = await app.ClinicIdAsync("Denver Highlands");
        var before = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clinics/{clinicId}/settings");
        var wasRequired = before.GetProperty("requireReferral").GetBoolean();
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(before.GetRawText())!;
        body["requireReferral"] = !wasRequired;
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/clinics/{clinicId}/settings", body)).StatusCode);

        var clinicHistory = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clinics/{clinicId}/settings/history");
        var latest = clinicHistory[0].GetProperty("changes").EnumerateArray()
            .Single(c => c.GetProperty("field").GetString() == "RequireReferral");
        Assert.Equal(!wasRequired ? "on" : "off", latest.GetProperty("new").GetString());

        var company = await api.GetFromJsonAsync<JsonElement>("/api/v1/company/settings");
        var days = company.GetProperty("planOfCareAlertDays").GetInt32();
        var companyBody = JsonSerializer.Deserialize<Dictionary<string, object?>>(company.GetRawText())!;
        companyBody["planOfCareAlertDays"] = days + 1;
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1/company/settings", companyBody)).StatusCode);
        var companyHistory = await api.GetFromJsonAsync<JsonElement>("/api/v1/company/settings/history");
        var daysChange = companyHistory[0].GetProperty("changes").EnumerateArray()
            .Single(c => c.GetProperty("field").GetString() == "PlanOfCareAlertDays");
        Assert.Equal((days + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), daysChange.GetProperty("new").GetString());
    }

    [Theory, Providers]
    public async Task Review_compares_with_the_marked_reference_clinic(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var company = await api.GetFromJsonAsync<JsonElement>("/api/v1/company/settings");
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(company.GetRawText())!;
        body["referenceClinicId"] = denver;
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1/company/settings", body)).StatusCode);

        var review = await api.GetFromJsonAsync<JsonElement>("/api/v1/settings/review");
        Assert.Equal("Denver Highlands", review.GetProperty("referenceClinic").GetString());
        Assert.All(review.GetProperty("drift").EnumerateArray(), d =>
            Assert.Equal("the reference clinic Denver Highlands", d.GetProperty("basis").GetString()));
        var columns = review.GetProperty("clinics").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.All(review.GetProperty("sideBySide").EnumerateArray(), row =>
            Assert.Equal(columns.Count, row.GetProperty("values").GetArrayLength()));

        body["referenceClinicId"] = Guid.NewGuid();
        var refused = await api.PutAsJsonAsync("/api/v1/company/settings", body);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("referenceClinicId", out _));
    }
}
