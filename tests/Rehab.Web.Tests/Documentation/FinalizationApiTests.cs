using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>What stops a note from being finalized, all at once; who may see it at all; and that reading it is audited.</summary>
public sealed class FinalizationApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Every_problem_stopping_finalization_is_answered_in_one_422(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        // A company table where therapeutic activities and gait training are mutually exclusive (modifier indicator 0)
        var import = await admin.PutAsync("/api/v1/billing/ncci-edits", new StringContent(
            "Column 1,Column 2,*=in existence prior to 1996,Effective Date,Deletion Date *=no data,Modifier,PTP Edit Rationale\n" +
            "97530,97116,,20200101,*,0,Mutually exclusive procedures\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var @case = await app.AddCaseAsync(primaryPayer: "Medicare Part B", diagnoses: []);
        var therapist = await app.ClientForAsync("therapist");
        var evaluation = await StartAsync(therapist, @case.CaseId, "InitialEvaluation");
        await SaveAsync(therapist, evaluation, [Charge("97110", null), Charge("97530", 20), Charge("97116", 15)], totalTreatmentMinutes: 10,
            evaluation: new { problems = new[] { "Pain with stairs" }, goals = new[] { new { text = "Climb 12 stairs with a rail", term = "LongTerm" } },
                planOfCare = new { frequencyPerWeek = 2, durationWeeks = 6 } });

        var refused = await ExpectAsync(await FinalizeAsync(therapist, Id(evaluation)), HttpStatusCode.UnprocessableEntity);
        var fields = Fields(refused);
        Assert.Equal(["charges[0].minutes", "charges[2].code", "totalTreatmentMinutes", "outcomeSurvey", "diagnoses"], fields);
        var errors = refused.GetProperty("errors");
        Assert.Contains("Record the minutes of 97110", errors.GetProperty("charges[0].minutes")[0].GetString());
        Assert.Contains("Medicare Part B", errors.GetProperty("charges[0].minutes")[0].GetString());
        Assert.Contains("97530", errors.GetProperty("charges[2].code")[0].GetString());
        Assert.Contains("fewer than the 35 timed minutes billed", errors.GetProperty("totalTreatmentMinutes")[0].GetString());
        Assert.Contains("Attach a completed outcome survey", errors.GetProperty("outcomeSurvey")[0].GetString());
        Assert.Contains("no treating diagnosis", errors.GetProperty("diagnoses")[0].GetString());
        Assert.Equal("Draft", (await GetAsync(therapist, Id(evaluation))).GetProperty("status").GetString());
    }

    [Theory, Providers]
    public async Task A_user_without_the_clinic_finds_no_note_there(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync("Denver Highlands");
        var therapist = await app.ClientForAsync("therapist");
        var note = await StartAsync(therapist, @case.CaseId);
        var assistant = await app.ClientForAsync("assistant"); // Phoenix Central only

        await ExpectAsync(await assistant.GetAsync($"/api/v1/notes/{Id(note)}"), HttpStatusCode.NotFound);
        await ExpectAsync(await assistant.GetAsync($"/api/v1/notes/{Id(note)}/billing"), HttpStatusCode.NotFound);
        await ExpectAsync(await assistant.GetAsync($"/api/v1/cases/{@case.CaseId}/notes"), HttpStatusCode.NotFound);
        await ExpectAsync(await assistant.PostAsJsonAsync($"/api/v1/cases/{@case.CaseId}/notes", new { type = "DailyNote" }), HttpStatusCode.NotFound);
        await ExpectAsync(await PutAsync(assistant, note, [Charge("97110", 23)]), HttpStatusCode.NotFound);
        await ExpectAsync(await assistant.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/billing/preview", new { }), HttpStatusCode.NotFound);
        await ExpectAsync(await FinalizeAsync(await app.ClientForAsync("director"), Id(note)), HttpStatusCode.NotFound); // Phoenix only too
        await ExpectAsync(await ForwardAsync(assistant, Id(note), await app.UserIdAsync("therapist")), HttpStatusCode.NotFound);
        await ExpectAsync(await assistant.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/addenda", new { text = "x" }), HttpStatusCode.NotFound);
        var page = await (await PageClient.SignInAsync(app, "assistant")).Http.GetAsync($"/Notes/{Id(note)}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Theory, Providers]
    public async Task Reading_a_note_is_audited_with_its_patient(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync();
        var therapist = await app.ClientForAsync("therapist");
        var note = await StartAsync(therapist, @case.CaseId);

        await GetAsync(therapist, Id(note));
        await BillingAsync(therapist, Id(note));
        await therapist.GetStringAsync($"/api/v1/cases/{@case.CaseId}/notes");
        await (await PageClient.SignInAsync(app, "therapist")).Http.GetStringAsync($"/Notes/{Id(note)}");

        var reads = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.EntityType == "Note" && a.PatientId == @case.PatientId).ToListAsync());
        Assert.Equal(4, reads.Count);
        Assert.All(reads, r => Assert.Equal(("therapist", AuditOutcome.Success), (r.UserName, r.Outcome)));
        Assert.Equal(3, reads.Count(r => r.EntityId == Id(note).ToString()));
    }
}
