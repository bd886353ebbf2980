using System.Net;
using System.Net.Http.Json;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Patients.PatientApi;

namespace Rehab.Web.Tests.Patients;

/// <summary>
/// Dates no clinic record holds (before 1900, 9999-12-31) and references to nothing (an all-zero or unknown id) are
/// refused with a problem naming the field; they are never stored and never a server error.
/// </summary>
public sealed class PlausibleInputApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly string Today = ClinicDate.Today.ToString("yyyy-MM-dd");
    private const string Zero = "00000000-0000-0000-0000-000000000000";

    public static TheoryData<string, string, string> PolicyDefects()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var provider in Rehab.Testing.TestDatabase.Providers)
        {
            rows.Add(provider, "policy ends 9999-12-31", "effectiveTo");
            rows.Add(provider, "policy starts 1899-12-31", "effectiveFrom");
            rows.Add(provider, "all-zero payer", "payerId");
            rows.Add(provider, "unknown payer", "payerId");
        }
        return rows;
    }

    [Theory, MemberData(nameof(PolicyDefects))]
    public async Task An_implausible_policy_is_refused_naming_the_field(string provider, string defect, string field)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("frontoffice");
        var clinicId = await app.ClinicIdAsync("Phoenix Central");
        var patientId = (await AddPatientAsync(api, clinicId)).GetProperty("id").GetGuid();
        var payerId = (await PayerIdAsync(api, "Aetna PPO")).ToString();
        var policy = new Dictionary<string, object?> { ["payerId"] = payerId, ["memberId"] = "W123" };
        switch (defect)
        {
            case "policy ends 9999-12-31": policy["effectiveFrom"] = Today; policy["effectiveTo"] = "9999-12-31"; break;
            case "policy starts 1899-12-31": policy["effectiveFrom"] = "1899-12-31"; break;
            case "all-zero payer": policy["payerId"] = Zero; break;
            default: policy["payerId"] = Guid.NewGuid().ToString(); break;
        }

        var refused = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/policies", policy);

        var problem = await ProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(problem, field));
        Assert.Empty((await api.GetFromJsonAsync<System.Text.Json.JsonElement>(
            $"/api/v1/patients/{patientId}/policies")).EnumerateArray());
    }

    public static TheoryData<string, string, string> CaseDefects()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var provider in Rehab.Testing.TestDatabase.Providers)
        {
            rows.Add(provider, "none", "");
            rows.Add(provider, "all-zero secondary policy", "secondaryPolicyId");
            rows.Add(provider, "all-zero referral", "referralId");
            rows.Add(provider, "all-zero clinic", "clinicId");
            rows.Add(provider, "unknown therapist", "assignedTherapistId");
            rows.Add(provider, "all-zero therapist", "assignedTherapistId");
            rows.Add(provider, "unknown referring physician", "referral.referringPhysicianId");
            rows.Add(provider, "all-zero marketing source", "referral.marketingSourceId");
            rows.Add(provider, "referral received 1899-12-31", "referral.receivedDate");
            rows.Add(provider, "authorization ends 9999-12-31", "authorization.endDate");
        }
        return rows;
    }

    [Theory, MemberData(nameof(CaseDefects))]
    public async Task An_implausible_case_is_refused_naming_the_field(string provider, string defect, string field)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var clinicId = await app.ClinicIdAsync("Phoenix Central");
        var patientId = (await AddPatientAsync(api, clinicId)).GetProperty("id").GetGuid();
        var referral = new Dictionary<string, object?>
        {
            ["referringPhysicianId"] = (await AddPhysicianAsync(api)).ToString(), ["receivedDate"] = Today,
        };
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Left knee", ["primaryPolicyId"] = (await AddPolicyAsync(api, patientId)).ToString(),
            ["referral"] = referral,
            ["authorization"] = new Dictionary<string, object?>
            {
                ["visits"] = 12, ["startDate"] = Today, ["endDate"] = Today,
            },
        };
        switch (defect)
        {
            case "all-zero secondary policy": body["secondaryPolicyId"] = Zero; break;
            case "all-zero referral": body["referralId"] = Zero; body.Remove("referral"); break;
            case "all-zero clinic": body["clinicId"] = Zero; break;
            case "unknown therapist": body["assignedTherapistId"] = Guid.NewGuid().ToString(); break;
            case "all-zero therapist": body["assignedTherapistId"] = Zero; break;
            case "unknown referring physician": referral["referringPhysicianId"] = Guid.NewGuid().ToString(); break;
            case "all-zero marketing source": referral["marketingSourceId"] = Zero; break;
            case "referral received 1899-12-31": referral["receivedDate"] = "1899-12-31"; break;
            case "authorization ends 9999-12-31":
                body["authorization"] = new Dictionary<string, object?>
                {
                    ["visits"] = 12, ["startDate"] = Today, ["endDate"] = "9999-12-31",
                };
                break;
        }

        var response = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases", body);

        var cases = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/patients/{patientId}/cases");
        if (defect == "none")
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(1, cases.GetArrayLength());
            return;
        }
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(problem, field));
        Assert.Equal(0, cases.GetArrayLength());
    }
}
