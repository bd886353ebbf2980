using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Web.Tests.Cases;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>
/// Who may write which note, and when a Medicare visit may be finalized: assistants and evaluative notes (Pub. 100-02
/// Ch. 15 §230.1, §220.3), students' services (§230.1 B), the progress report by the 10th treatment day (§220.3) and
/// the plan's certification (§220.1.3).
/// </summary>
public sealed class WhoWritesWhatApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly Today = ClinicDate.Today;
    private static readonly string[] AssistantPermissions =
        [Permission.ViewPatients, Permission.EditPatients, Permission.StartNotes, Permission.ForwardNotes,
            Permission.FinalizeNotes];

    [Theory, Providers]
    public async Task Pub100_02_230_1_an_assistant_neither_starts_nor_finalizes_an_evaluative_note(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var name = TestData.Unique("pta-eval-");
        var ptaId = await app.AddStaffAsync(name, UserType.PTA, AssistantPermissions, [phoenix], phoenix);
        var pta = await app.ClientForAsync(name);
        var @case = await app.AddEvaluatedCaseAsync();

        foreach (var type in new[] { "ProgressNote", "DischargeSummary" })
        {
            var refused = await ExpectAsync(await pta.PostAsJsonAsync($"/api/v1/cases/{@case.CaseId}/notes",
                new { type }),
                HttpStatusCode.Forbidden);
            Assert.Contains("§230.1", Messages(refused), StringComparison.Ordinal);
        }
        var fresh = await app.AddCaseAsync();
        await ExpectAsync(await pta.PostAsJsonAsync($"/api/v1/cases/{fresh.CaseId}/notes",
            new { type = "InitialEvaluation" }),
            HttpStatusCode.Forbidden);

        // a draft from before the rule, as the PTA's Initial Evaluation billed 97162-GP-CQ was
        var draft = await app.AddNoteAsync(fresh.CaseId, ptaId, NoteType.InitialEvaluation, on: Today);
        var unsigned = await ExpectAsync(await FinalizeAsync(pta, draft), HttpStatusCode.Forbidden);
        Assert.Contains("evaluative note", Messages(unsigned), StringComparison.Ordinal);
        Assert.Equal("Draft", (await GetAsync(pta, draft)).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Created,
            (await pta.PostAsJsonAsync($"/api/v1/cases/{@case.CaseId}/notes", new { type = "DailyNote" })).StatusCode);
    }

    [Theory, Providers]
    public async Task Pub100_02_230_1_B_a_student_s_Medicare_note_bills_only_when_the_co_signer_attests(string provider)
    {
        var app = apps[provider];
        var student = await app.ClientForAsync("student");
        var therapist = await app.ClientForAsync("therapist");
        var therapistId = await app.UserIdAsync("therapist");

        async Task<Guid> ForwardedAsync()
        {
            var @case = await app.AddEvaluatedCaseAsync("Denver Highlands", "Medicare Part B");
            var note = await StartAsync(student, @case.CaseId);
            await SaveAsync(student, note, [Charge("97110", 30)], totalTreatmentMinutes: 30);
            await ExpectAsync(await ForwardAsync(student, Id(note), therapistId), HttpStatusCode.OK);
            return Id(note);
        }

        var unattested = await ExpectAsync(await CoSignAsync(therapist, await ForwardedAsync()), HttpStatusCode.OK);
        Assert.Equal("Finalized", unattested.GetProperty("status").GetString());
        var line = unattested.GetProperty("charges")[0];
        Assert.Equal(0, line.GetProperty("billedUnits").GetInt32());
        Assert.Empty(line.GetProperty("billedModifiers").EnumerateArray());
        Assert.Contains("directed the service in the room (Pub. 100-02 Ch. 15 §230.1 B)",
            line.GetProperty("billedExplanation").GetString(),
            StringComparison.Ordinal);

        var second = await ForwardedAsync();
        var attested = await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/notes/{second}/cosign",
            new
            {
                directedInRoom = true,
                // the clinic has no fee-schedule locality: the co-signer, who finalizes, attests KX
                kxAttestation =
                    new { applies = false, reason = "Within the threshold by the patient's Medicare summary." },
            }), HttpStatusCode.OK);
        Assert.Equal(2, attested.GetProperty("charges")[0].GetProperty("billedUnits").GetInt32());
        var modifiers = attested.GetProperty("charges")[0].GetProperty("billedModifiers").EnumerateArray();
        Assert.Contains("GP", modifiers.Select(m => m.GetString()));
    }

    [Theory, Providers]
    public async Task Pub100_02_220_3_a_draft_started_on_day_9_is_refused_when_finalized_as_day_11(string provider)
    {
        var app = apps[provider];
        var medicare = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        await app.AddNotesAsync(medicare, EvaluationAndDailyNotes(7));
        var api = await app.ClientForAsync("therapist");

        var draft = await StartAsync(api, medicare.CaseId); // today, treatment day 9
        await SaveAsync(api, draft, [Charge("97110", 30)], totalTreatmentMinutes: 30);
        await app.AddNotesAsync(medicare, new CaseNotes.Spec(NoteType.DailyNote, NoteStatus.Finalized,
            Today.AddDays(-12)),
            new CaseNotes.Spec(NoteType.DailyNote, NoteStatus.Finalized, Today.AddDays(-11)));

        var refused = await ExpectAsync(await FinalizeAsync(api, Id(draft)), HttpStatusCode.Conflict);
        Assert.Equal(["note"], Fields(refused));
        Assert.Contains("would be treatment day 11, and the progress report is due by day 10", Messages(refused),
            StringComparison.Ordinal);
        Assert.Equal("Draft", (await GetAsync(api, Id(draft))).GetProperty("status").GetString());
    }

    [Theory, Providers]
    public async Task Two_notes_on_one_day_are_one_treatment_day_for_the_progress_report(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var sameDay = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        await app.AddNotesAsync(sameDay, [.. EvaluationAndDailyNotes(7), new(NoteType.DailyNote, NoteStatus.Finalized,
            Today.AddDays(-13))]);
        Assert.Equal(HttpStatusCode.Created,
            (await api.PostAsJsonAsync($"/api/v1/cases/{sameDay.CaseId}/notes",
                new { type = "DailyNote" })).StatusCode);

        var eightDays = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        await app.AddNotesAsync(eightDays, EvaluationAndDailyNotes(8));
        var refused = await ExpectAsync(await api.PostAsJsonAsync($"/api/v1/cases/{eightDays.CaseId}/notes",
            new { type = "DailyNote" }),
            HttpStatusCode.Conflict);
        Assert.Contains("would be treatment day 10", Messages(refused), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Pub100_02_220_1_3_a_Medicare_visit_after_certification_needs_a_delayed_one(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var @case = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        // 16 weeks from 100 days ago: Medicare's 90 days ended 11 days ago
        await StoreEvaluationAsync(app, @case, Today.AddDays(-100), new PlanOfCare(2, 16));

        var late = await StartAsync(api, @case.CaseId);
        await SaveAsync(api, late, [Charge("97110", 30)], totalTreatmentMinutes: 30);
        var refused = await ExpectAsync(await FinalizeAsync(api, Id(late)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["delayedCertificationReason"], Fields(refused));
        Assert.Contains($"certification ended on {Today.AddDays(-11):yyyy-MM-dd}", Messages(refused),
            StringComparison.Ordinal);

        var signed = await ExpectAsync(await api.PostAsJsonAsync($"/api/v1/notes/{Id(late)}/finalize",
            new { delayedCertificationReason = "The physician signed the recertification late; it is on file." }),
                HttpStatusCode.OK);
        Assert.Equal("Finalized", signed.GetProperty("status").GetString());
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Notes.IgnoreQueryFilters()
            .SingleAsync(n => n.Id == Id(late)));
        Assert.Equal("The physician signed the recertification late; it is on file.",
            stored.DelayedCertificationReason);

        // another payer's case is not held
        var commercial = await app.AddCaseAsync();
        await StoreEvaluationAsync(app, commercial, Today.AddDays(-100), new PlanOfCare(2, 16));
        var note = await StartAsync(api, commercial.CaseId);
        await SaveAsync(api, note, [Charge("97110", 30)], totalTreatmentMinutes: 30);
        await ExpectAsync(await FinalizeAsync(api, Id(note)), HttpStatusCode.OK);
    }

    private static CaseNotes.Spec[] EvaluationAndDailyNotes(int dailyNotes) =>
    [
        new(NoteType.InitialEvaluation, NoteStatus.Finalized, Today.AddDays(-20)),
        .. Enumerable.Range(1, dailyNotes).Select(i => new CaseNotes.Spec(NoteType.DailyNote, NoteStatus.Finalized,
            Today.AddDays(-20 + i))),
    ];

    private static async Task StoreEvaluationAsync(RehabAppFactory app, TestCase @case, DateOnly on, PlanOfCare plan)
    {
        var id = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation,
            NoteStatus.Finalized, on);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var note = await db.Notes.IgnoreQueryFilters().SingleAsync(n => n.Id == id);
            note.Evaluation = JsonSerializer.Serialize(new EvaluationDetails(["Knee pain"], [new Goal("Stairs")], plan),
                new JsonSerializerOptions(JsonSerializerDefaults.Web));
            return await db.SaveChangesAsync();
        });
    }
}
