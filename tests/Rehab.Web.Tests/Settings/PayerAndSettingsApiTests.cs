using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;
using Rehab.Data.Payers;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Settings;

public sealed class PayerAndSettingsApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Insurance_admin_creates_and_updates_a_payer(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var name = TestData.Unique("Cigna PPO ");
        var created = await api.PostAsJsonAsync("/api/v1/payers", new
        {
            name, payerId = "62308", addressLine = "900 Cottage Grove Rd", city = "Bloomfield", state = "CT", postalCode = "06002",
            type = "PPO", unitRule = "RuleOfEights", appliesCciEdits = true, enabledAdditionalModifiers = new[] { "59" }, visitsPerYearLimit = 30,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var payer = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = payer.GetProperty("id").GetGuid();
        Assert.Equal("PPO", payer.GetProperty("type").GetString());
        Assert.Equal("RuleOfEights", payer.GetProperty("unitRule").GetString());

        var updated = await api.PutAsJsonAsync($"/api/v1/payers/{id}", new
        {
            name, payerId = "62308", type = "PPO", unitRule = "EightMinute", appliesTherapyModifiers = true, isActive = false,
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/payers/{id}");
        Assert.Equal("EightMinute", read.GetProperty("unitRule").GetString());
        Assert.True(read.GetProperty("appliesTherapyModifiers").GetBoolean());
        Assert.False(read.GetProperty("isActive").GetBoolean());
        Assert.Empty(read.GetProperty("enabledAdditionalModifiers").EnumerateArray());
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/payers");
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
    }

    [Theory, Providers]
    public async Task Medicare_on_the_rule_of_8s_is_refused_naming_the_unit_rule(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var response = await api.PostAsJsonAsync("/api/v1/payers", new { name = TestData.Unique("Medicare "), type = "Medicare", unitRule = "RuleOfEights" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("unitRule", out _));
    }

    [Theory, Providers]
    public async Task Company_and_clinic_settings_round_trip(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var company = await api.PutAsJsonAsync("/api/v1/company/settings", new
        {
            payerRules = "DeferToEightMinute",
            additionalModifiers = new[] { new { code = "59", description = "Distinct procedural service" }, new { code = "KX", description = "Above the threshold" } },
            initialExamCaseCopy = true, evaluationComplexityCoding = false, planOfCareAlertDays = 21,
        });
        Assert.Equal(HttpStatusCode.OK, company.StatusCode);
        var readCompany = await api.GetFromJsonAsync<JsonElement>("/api/v1/company/settings");
        Assert.Equal("DeferToEightMinute", readCompany.GetProperty("payerRules").GetString());
        Assert.Equal(["59", "KX"], readCompany.GetProperty("additionalModifiers").EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.Equal(21, readCompany.GetProperty("planOfCareAlertDays").GetInt32());
        Assert.False(readCompany.GetProperty("evaluationComplexityCoding").GetBoolean());

        var clinicId = await app.ClinicIdAsync("Phoenix Central");
        var clinic = await api.PutAsJsonAsync($"/api/v1/clinics/{clinicId}/settings", new
        {
            assistantFinalization = false, supervisionWording = "Supervised on site by the treating PT.",
            medicareCarrierNumber = "3102", medicareLocalityNumber = "0", medicareFacilityType = "NonInstitutional",
            defaultPlaceOfService = "22", allowPlaceOfServiceChange = true, requireReferral = true, passwordExpiry = "Days30",
        });
        Assert.Equal(HttpStatusCode.OK, clinic.StatusCode);
        var readClinic = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clinics/{clinicId}/settings");
        Assert.False(readClinic.GetProperty("assistantFinalization").GetBoolean());
        Assert.Equal("Supervised on site by the treating PT.", readClinic.GetProperty("supervisionWording").GetString());
        Assert.Equal("03102", readClinic.GetProperty("medicareCarrierNumber").GetString());
        Assert.Equal("00", readClinic.GetProperty("medicareLocalityNumber").GetString());
        Assert.Equal("NonInstitutional", readClinic.GetProperty("medicareFacilityType").GetString());
        Assert.Equal("22", readClinic.GetProperty("defaultPlaceOfService").GetString());
        Assert.True(readClinic.GetProperty("requireReferral").GetBoolean());
        Assert.Equal("Days30", readClinic.GetProperty("passwordExpiry").GetString());

        var bad = await api.PutAsJsonAsync($"/api/v1/clinics/{clinicId}/settings", new { defaultPlaceOfService = "Office" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("defaultPlaceOfService", out _));
    }

    [Theory, Providers]
    public async Task Effective_rules_defer_to_the_8_minute_rule_with_the_reason(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1/company/settings", new { payerRules = "DeferToEightMinute" })).StatusCode);
        var primary = await CreatePayerAsync(api, new { name = TestData.Unique("Aetna PPO "), type = "PPO", unitRule = "RuleOfEights" });
        var secondary = await CreatePayerAsync(api, new { name = TestData.Unique("Medicare Part B "), type = "Medicare", appliesTherapyModifiers = true });
        var clinicId = await app.ClinicIdAsync("Phoenix Central");

        var rules = await api.GetFromJsonAsync<JsonElement>(
            $"/api/v1/settings/effective?clinicId={clinicId}&primaryPayerId={primary}&secondaryPayerId={secondary}");
        var unitRule = rules.GetProperty("unitRule");
        Assert.Equal("EightMinute", unitRule.GetProperty("value").GetString());
        var reason = unitRule.GetProperty("reason").GetString()!;
        Assert.Contains("from primary Aetna PPO", reason);
        Assert.Contains("secondary Medicare Part B", reason);
        Assert.Contains("company Payer Rules = defer to the 8-Minute Rule", reason);
        Assert.False(string.IsNullOrWhiteSpace(rules.GetProperty("mayFinalize").GetProperty("reason").GetString()));
        // A commercial primary: Medicare's CQ/CO and KX follow the Medicare secondary all the same.
        Assert.True(rules.GetProperty("assistantModifiers").GetProperty("value").GetBoolean());
        Assert.True(rules.GetProperty("thresholdModifier").GetProperty("value").GetBoolean());
        Assert.Contains("secondary Medicare Part B",
            rules.GetProperty("thresholdModifier").GetProperty("reason").GetString());

        var medicareFirst = await api.GetFromJsonAsync<JsonElement>($"/api/v1/settings/effective?clinicId={clinicId}&primaryPayerId={secondary}");
        Assert.True(medicareFirst.GetProperty("assistantModifiers").GetProperty("value").GetBoolean());
        Assert.True(medicareFirst.GetProperty("thresholdModifier").GetProperty("value").GetBoolean());

        var missing = await api.GetAsync("/api/v1/settings/effective");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Theory, Providers]
    public async Task Review_reports_medicare_without_therapy_modifiers_as_an_error(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var name = TestData.Unique("Medicare Plan ");
        var app = apps[provider];
        var id = await CreatePayerAsync(api, new { name, type = "Medicare", appliesTherapyModifiers = true });
        await app.StoreWithoutTherapyModifiersAsync(id); // as stored before they were required

        var review = await api.GetFromJsonAsync<JsonElement>("/api/v1/settings/review");
        Assert.Contains(review.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("severity").GetString() == "Error" && f.GetProperty("subject").GetString() == $"Payer {name}");
    }

    [Theory, Providers]
    public async Task A_user_without_insurance_admin_may_not_write_payers(string provider)
    {
        var app = apps[provider];
        var userName = TestData.Unique("no-ins-");
        await app.AddUserAsync(userName, []);
        var api = await app.ClientForAsync(userName);
        var response = await api.PostAsJsonAsync("/api/v1/payers", new { name = "Humana HMO", type = "HMO" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, Providers]
    public async Task Another_companys_payer_is_not_found(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("Payer Co "), TestData.Unique("payer-admin-"), TestData.Unique("Payer Clinic "));
        var otherPayer = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var payer = new Payer { CompanyId = other.Company.Id, Name = "Other Co BCBS" };
            db.Payers.Add(payer);
            await db.SaveChangesAsync();
            return payer.Id;
        });
        var api = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/payers/{otherPayer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await api.PutAsJsonAsync($"/api/v1/payers/{otherPayer}", new { name = "Taken over", type = "BCBS" })).StatusCode);
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/payers");
        Assert.DoesNotContain(list.EnumerateArray(), p => p.GetProperty("id").GetGuid() == otherPayer);
    }

    private static async Task<Guid> CreatePayerAsync(HttpClient api, object body)
    {
        var response = await api.PostAsJsonAsync("/api/v1/payers", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
