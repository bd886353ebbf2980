using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Patients.PatientApi;

namespace Rehab.Web.Tests.Patients;

public sealed class PolicyApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    [Theory, Providers]
    public async Task A_medicare_policy_keeps_prior_providers_amounts_per_year(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("frontoffice");
        var patientId = (await AddPatientAsync(api, await app.ClinicIdAsync("Phoenix Central"))).GetProperty("id").GetGuid();
        var medicare = await PayerIdAsync(api, "Medicare Part B");

        var created = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/policies", new
        {
            payerId = medicare, memberId = "1EG4-TE5-MK73", effectiveFrom = $"{ThisYear}-01-01",
            medicarePriorAmounts = new[]
            {
                new { year = ThisYear, physicalAndSpeech = 1250.50m, occupational = 0m },
                new { year = ThisYear - 1, physicalAndSpeech = 300m, occupational = 75.25m },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var policy = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Medicare Part B", policy.GetProperty("payerName").GetString());
        Assert.Equal("Medicare", policy.GetProperty("payerType").GetString());

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{patientId}/policies");
        var stored = Assert.Single(list.EnumerateArray());
        var amounts = stored.GetProperty("medicarePriorAmounts").EnumerateArray().ToList();
        Assert.Equal([ThisYear - 1, ThisYear], amounts.Select(a => a.GetProperty("year").GetInt32()));
        Assert.Equal(1250.50m, amounts[1].GetProperty("physicalAndSpeech").GetDecimal());
        Assert.Equal(75.25m, amounts[0].GetProperty("occupational").GetDecimal());
    }

    [Theory, Providers]
    public async Task Prior_amounts_are_refused_on_other_payers_and_when_they_break_a_rule(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("frontoffice");
        var patientId = (await AddPatientAsync(api, await app.ClinicIdAsync("Phoenix Central"))).GetProperty("id").GetGuid();

        var aetna = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/policies", new
        {
            payerId = await PayerIdAsync(api, "Aetna PPO"), memberId = "W123",
            medicarePriorAmounts = new[] { new { year = ThisYear, physicalAndSpeech = 10m, occupational = 0m } },
        });
        Assert.Contains("Medicare policies only", Assert.Single(FieldErrors(await ProblemAsync(aetna, HttpStatusCode.BadRequest), "medicarePriorAmounts")));

        var negative = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/policies", new
        {
            payerId = await PayerIdAsync(api, "Medicare Part B"), memberId = "1EG4TE5MK73",
            medicarePriorAmounts = new[] { new { year = ThisYear + 1, physicalAndSpeech = -5m, occupational = 0.001m } },
        });
        var problem = await ProblemAsync(negative, HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(problem, "medicarePriorAmounts[0].year"));
        Assert.NotEmpty(FieldErrors(problem, "medicarePriorAmounts[0].physicalAndSpeech"));
        Assert.NotEmpty(FieldErrors(problem, "medicarePriorAmounts[0].occupational"));

        var spouse = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/policies", new
        {
            payerId = Guid.NewGuid(), memberId = "", relationship = "Spouse",
        });
        var refused = await ProblemAsync(spouse, HttpStatusCode.BadRequest);
        Assert.Contains("No payer with this id", Assert.Single(FieldErrors(refused, "payerId")));
        Assert.NotEmpty(FieldErrors(refused, "memberId"));
        Assert.NotEmpty(FieldErrors(refused, "subscriberName"));
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{patientId}/policies")).EnumerateArray());
    }

    [Theory, Providers]
    public async Task A_policy_is_changed_through_its_own_address(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("frontoffice");
        var patientId = (await AddPatientAsync(api, await app.ClinicIdAsync("Phoenix Central"))).GetProperty("id").GetGuid();
        var policyId = await AddPolicyAsync(api, patientId);
        var aetna = await PayerIdAsync(api, "Aetna PPO");

        var changed = await api.PutAsJsonAsync($"/api/v1/policies/{policyId}", new
        {
            payerId = aetna, memberId = "W-NEW", groupNumber = "G77", priority = "Secondary", relationship = "Child", subscriberName = "Pat Quill",
            effectiveFrom = "2026-01-01", effectiveTo = "2026-12-31",
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var policy = Assert.Single((await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{patientId}/policies")).EnumerateArray());
        Assert.Equal("W-NEW", policy.GetProperty("memberId").GetString());
        Assert.Equal("Secondary", policy.GetProperty("priority").GetString());
        Assert.Equal("Child", policy.GetProperty("relationship").GetString());

        var backwards = await api.PutAsJsonAsync($"/api/v1/policies/{policyId}", new
        {
            payerId = aetna, memberId = "W-NEW", effectiveFrom = "2026-06-01", effectiveTo = "2026-05-31",
        });
        Assert.NotEmpty(FieldErrors(await ProblemAsync(backwards, HttpStatusCode.BadRequest), "effectiveTo"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"/api/v1/policies/{Guid.NewGuid()}", new { payerId = aetna, memberId = "W" })).StatusCode);
    }
}
