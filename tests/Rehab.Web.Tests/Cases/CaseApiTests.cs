using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Patients.PatientApi;

namespace Rehab.Web.Tests.Cases;

public sealed class CaseApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly Today = ClinicDate.Today;

    private static string Day(int daysFromToday) => Today.AddDays(daysFromToday).ToString("yyyy-MM-dd");

    private static async Task<(Guid PatientId, Guid PolicyId)> PatientWithPolicyAsync(RehabAppFactory app, HttpClient api, string clinic, string payer = "Aetna PPO")
    {
        var patientId = (await AddPatientAsync(api, await app.ClinicIdAsync(clinic))).GetProperty("id").GetGuid();
        return (patientId, await AddPolicyAsync(api, patientId, payer));
    }

    [Theory, Providers]
    public async Task A_clinic_that_requires_a_referral_refuses_a_case_without_one_naming_the_setting(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var (patientId, policyId) = await PatientWithPolicyAsync(app, api, "Denver Highlands");

        var refused = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases",
            new { clinicId = await app.ClinicIdAsync("Denver Highlands"), title = "Right shoulder", primaryPolicyId = policyId });
        var message = Assert.Single(FieldErrors(await ProblemAsync(refused, HttpStatusCode.BadRequest), "referralId"));
        Assert.Contains("\"Require a referral for every new case\" is on", message);
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{patientId}/cases")).EnumerateArray());

        var physicianId = await AddPhysicianAsync(api);
        var opened = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases", new
        {
            title = "Right shoulder", primaryPolicyId = policyId, treatingDiagnosisCodes = new[] { "m75.101" },
            referral = new { referringPhysicianId = physicianId, receivedDate = Day(-3), diagnosisCodes = new[] { "M7510" } },
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var created = await opened.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(await app.ClinicIdAsync("Denver Highlands"), created.GetProperty("clinicId").GetGuid()); // the patient's clinic by default
        Assert.Equal("Theo Therapist", created.GetProperty("assignedTherapistName").GetString()); // the PT who opened it
        Assert.Equal("11", created.GetProperty("placeOfService").GetString());
        Assert.Equal("Active", created.GetProperty("status").GetString());
        Assert.Equal(["M75.101"], created.GetProperty("treatingDiagnosisCodes").EnumerateArray().Select(c => c.GetString()));
        var referral = created.GetProperty("referral");
        Assert.Equal(physicianId, referral.GetProperty("referringPhysicianId").GetGuid());
        Assert.StartsWith("Ada ", referral.GetProperty("referringPhysicianName").GetString());
        Assert.Equal(Day(-3), referral.GetProperty("receivedDate").GetString());
        Assert.Equal(["M75.10"], referral.GetProperty("diagnosisCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0, created.GetProperty("visitCounters").GetProperty("visits").GetInt32());

        var sourceResponse = await api.PostAsJsonAsync("/api/v1/marketing-sources", new { name = TestData.Unique("Employer wellness ") });
        var sourceId = (await sourceResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var byMarketing = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases", new
        {
            title = "Left shoulder", primaryPolicyId = policyId, referral = new { marketingSourceId = sourceId, receivedDate = Day(0) },
        });
        Assert.Equal(HttpStatusCode.Created, byMarketing.StatusCode);
    }

    [Theory, Providers]
    public async Task A_referral_is_checked_field_by_field(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var (patientId, policyId) = await PatientWithPolicyAsync(app, api, "Denver Highlands");

        var response = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases", new
        {
            title = "Neck", primaryPolicyId = policyId,
            referral = new { referringPhysicianId = Guid.NewGuid(), receivedDate = Day(30), diagnosisCodes = new[] { "not-a-code" } },
        });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(problem, "referral.referringPhysicianId"));
        Assert.Contains("future", Assert.Single(FieldErrors(problem, "referral.receivedDate")));
        Assert.NotEmpty(FieldErrors(problem, "referral.diagnosisCodes[0]"));
        Assert.Empty(FieldErrors(problem, "referralId")); // a referral was sent: its own problems are named, not its absence
    }

    [Theory, Providers]
    public async Task A_place_of_service_other_than_the_default_is_refused_where_the_clinic_does_not_allow_it(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var (patientId, policyId) = await PatientWithPolicyAsync(app, api, "Phoenix Central");

        var home = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases",
            new { title = "Home visits", primaryPolicyId = policyId, placeOfService = "12" });
        var message = Assert.Single(FieldErrors(await ProblemAsync(home, HttpStatusCode.BadRequest), "placeOfService"));
        Assert.Contains("\"Users may change place of service\" is off", message);

        var office = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases",
            new { title = "Office visits", primaryPolicyId = policyId, placeOfService = "11" });
        Assert.Equal(HttpStatusCode.Created, office.StatusCode);
        var created = await office.Content.ReadFromJsonAsync<JsonElement>();
        var changed = await api.PutAsJsonAsync($"/api/v1/cases/{created.GetProperty("id").GetGuid()}", new
        {
            title = "Office visits", primaryPolicyId = policyId, placeOfService = "12", version = created.GetProperty("version").GetGuid(),
        });
        Assert.NotEmpty(FieldErrors(await ProblemAsync(changed, HttpStatusCode.BadRequest), "placeOfService"));
    }

    [Theory, Providers]
    public async Task Policies_must_be_the_patients_and_the_assigned_therapist_a_pt_ot_or_slp(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("frontoffice");
        var (patientId, _) = await PatientWithPolicyAsync(app, api, "Phoenix Central");
        var (_, strangersPolicy) = await PatientWithPolicyAsync(app, api, "Phoenix Central");
        var users = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/users?name=assistant");
        var assistantId = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "assistant").GetProperty("id").GetGuid();

        var response = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases", new
        {
            title = "Hip", primaryPolicyId = strangersPolicy, secondaryPolicyId = strangersPolicy, treatingDiagnosisCodes = new[] { "M16.11", "m1611" },
        });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("this patient's policies", FieldErrors(problem, "primaryPolicyId")[0]);
        Assert.NotEmpty(FieldErrors(problem, "secondaryPolicyId"));
        Assert.NotEmpty(FieldErrors(problem, "assignedTherapistId")); // front office staff are not therapists: one must be chosen
        Assert.NotEmpty(FieldErrors(problem, "treatingDiagnosisCodes[1]"));

        var pta = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases", new { title = "Hip", assignedTherapistId = assistantId });
        Assert.Contains("must be a PT, OT or SLP", Assert.Single(FieldErrors(await ProblemAsync(pta, HttpStatusCode.BadRequest), "assignedTherapistId")));
    }

    [Theory, Providers]
    public async Task Two_changes_from_the_same_version_the_second_is_refused_naming_who_changed_what(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var director = await app.ClientForAsync("director");
        var (patientId, policyId) = await PatientWithPolicyAsync(app, therapist, "Phoenix Central");
        var opened = await therapist.PostAsJsonAsync($"/api/v1/patients/{patientId}/cases", new { title = "Low back", primaryPolicyId = policyId });
        var read = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var id = read.GetProperty("id").GetGuid();
        var version = read.GetProperty("version").GetGuid();

        var first = await director.PutAsJsonAsync($"/api/v1/cases/{id}", new
        {
            title = "Low back pain", primaryPolicyId = policyId, treatingDiagnosisCodes = new[] { "M54.50" }, version,
            authorization = new { visits = 12, startDate = Day(-1), endDate = Day(60), number = "A-77" },
        });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var saved = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(version, saved.GetProperty("version").GetGuid());
        Assert.Equal(12, saved.GetProperty("authorization").GetProperty("visits").GetInt32());

        var second = await therapist.PutAsJsonAsync($"/api/v1/cases/{id}", new { title = "Lumbar strain", primaryPolicyId = policyId, version });
        var problem = await ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Contains("director changed this case", Assert.Single(FieldErrors(problem, "version")));
        Assert.Equal("director", problem.GetProperty("changedBy").GetString());
        Assert.Equal(saved.GetProperty("version").GetGuid(), problem.GetProperty("currentVersion").GetGuid());
        var fields = problem.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("title", fields);
        Assert.Contains("authorization", fields);
        Assert.Contains("treatingDiagnosisCodes", fields);
        Assert.DoesNotContain("Low back pain", await second.Content.ReadAsStringAsync()); // no patient data in the refusal

        var now = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal("Low back pain", now.GetProperty("title").GetString());

        var unversioned = await therapist.PutAsJsonAsync($"/api/v1/cases/{id}", new { title = "Lumbar strain", primaryPolicyId = policyId });
        Assert.NotEmpty(FieldErrors(await ProblemAsync(unversioned, HttpStatusCode.BadRequest), "version"));

        // a case read from the API goes back unchanged, referral and all
        var roundTrip = await therapist.PutAsync($"/api/v1/cases/{id}", JsonContent.Create(now));
        Assert.Equal(HttpStatusCode.OK, roundTrip.StatusCode);
    }

    [Theory, Providers]
    public async Task A_case_shows_its_visit_counters_and_when_a_medicare_progress_note_is_due(string provider)
    {
        var app = apps[provider];
        var testCase = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        var notes = new List<CaseNotes.Spec> { new(NoteType.InitialEvaluation, NoteStatus.Finalized, Today.AddDays(-20)) };
        notes.AddRange(Enumerable.Range(1, 9).Select(i => new CaseNotes.Spec(NoteType.DailyNote, NoteStatus.Finalized, Today.AddDays(-20 + i))));
        notes.Add(new(NoteType.DailyNote, NoteStatus.Draft, Today));
        notes.Add(new(NoteType.DailyNote, NoteStatus.Finalized, Today.AddDays(-1), Charged: false));
        await app.AddNotesAsync(testCase, [.. notes]);
        var api = await app.ClientForAsync("therapist");

        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{testCase.CaseId}");
        var counters = read.GetProperty("visitCounters");
        Assert.Equal(10, counters.GetProperty("visits").GetInt32());
        Assert.Equal(9, counters.GetProperty("visitsSinceEvaluation").GetInt32());
        Assert.True(counters.GetProperty("progressNoteDue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, counters.GetProperty("authorizedVisits").ValueKind);

        var changed = await api.PutAsJsonAsync($"/api/v1/cases/{testCase.CaseId}", new
        {
            title = "Low back pain", primaryPolicyId = testCase.PrimaryPolicyId, treatingDiagnosisCodes = new[] { "M54.50" },
            authorization = new { visits = 12, startDate = Day(-15), endDate = Day(15) }, version = read.GetProperty("version").GetGuid(),
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{testCase.PatientId}/cases");
        var listed = Assert.Single(list.EnumerateArray()).GetProperty("visitCounters");
        Assert.Equal(12, listed.GetProperty("authorizedVisits").GetInt32());
        Assert.Equal(5, listed.GetProperty("authorizedVisitsUsed").GetInt32()); // the charged, finalized notes of the last 15 days
        Assert.Equal(7, listed.GetProperty("authorizedVisitsRemaining").GetInt32());
    }

    [Theory, Providers]
    public async Task A_case_at_another_clinic_is_not_found_and_reading_one_is_audited_with_the_patient(string provider)
    {
        var app = apps[provider];
        var denver = await app.AddCaseAsync(clinic: "Denver Highlands");
        var assistant = await app.ClientForAsync("assistant"); // Phoenix Central only
        Assert.Equal(HttpStatusCode.NotFound, (await assistant.GetAsync($"/api/v1/cases/{denver.CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await assistant.PutAsJsonAsync($"/api/v1/cases/{denver.CaseId}", new { title = "Mine now", version = Guid.NewGuid() })).StatusCode);

        var therapist = await app.ClientForAsync("therapist");
        Assert.Equal(HttpStatusCode.OK, (await therapist.GetAsync($"/api/v1/cases/{denver.CaseId}")).StatusCode);
        var reads = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.EntityType == "Case").ToListAsync());
        Assert.Contains(reads, r => r.UserName == "therapist" && r.Outcome == AuditOutcome.Success
                                    && r.EntityId == denver.CaseId.ToString() && r.PatientId == denver.PatientId);
        // the refused read is recorded too, without the ids it asked for: they may name nothing of the company
        Assert.Contains(reads, r => r.UserName == "assistant" && r.Outcome == AuditOutcome.Failure && r.Details == "HTTP 404"
                                    && r.EntityId == null && r.PatientId == null);
    }
}
