using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Cases;
using Rehab.Data.Documentation;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Documentation;

public sealed class CaseCopyApiTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>A patient whose first case has a finalized Initial Evaluation mentioning its diagnosis, and a second, new case.</summary>
    private static async Task<(TestCase First, Guid NewCaseId)> PatientWithEvaluationAndNewCaseAsync(RehabAppFactory app)
    {
        var first = await app.AddCaseAsync(diagnoses: ["M54.50"]);
        var newCaseId = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var stored = await db.Cases.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == first.CaseId);
            var now = DateTimeOffset.UtcNow;
            var note = new Note
            {
                CompanyId = stored.CompanyId, ClinicId = stored.ClinicId, PatientId = stored.PatientId, CaseId = stored.Id,
                Type = NoteType.InitialEvaluation, Status = NoteStatus.Finalized, DateOfService = new DateOnly(2026, 3, 2),
                AuthorId = stored.AssignedTherapistId, CreatedAt = now, UpdatedAt = now, FinalizedAt = now.AddDays(-30),
                FinalizedById = stored.AssignedTherapistId, FinalizationKind = FinalizationKind.Signed,
            };
            note.Apply(new NoteContent
            {
                Soap = new SoapSections("Low back pain for 6 weeks (M54.50).", "Lumbar flexion limited.", "Good potential.", "PT 2x/week."),
                Evaluation = new EvaluationDetails(["Pain with sitting, M54.50"], [new Goal("Sit 60 minutes without pain", GoalTerm.LongTerm)],
                    new PlanOfCare(2, 6)),
            });
            db.Notes.Add(note);
            var @case = new Case
            {
                CompanyId = stored.CompanyId, ClinicId = stored.ClinicId, PatientId = stored.PatientId, Title = "Right shoulder",
                PrimaryPolicyId = stored.PrimaryPolicyId, PlaceOfService = "11", AssignedTherapistId = stored.AssignedTherapistId,
                TreatingDiagnoses = "M25.511", Status = CaseStatus.Active, CreatedAt = now,
            };
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            return @case.Id;
        });
        return (first, newCaseId);
    }

    private static Task<int> SetCaseCopyAsync(RehabAppFactory app, bool on) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            foreach (var row in await db.CompanySettings.IgnoreQueryFilters().ToListAsync())
                row.InitialExamCaseCopy = on;
            return await db.SaveChangesAsync();
        });

    [Theory, Providers]
    public async Task A_new_cases_Initial_Evaluation_copies_the_last_evaluative_note_naming_it_with_diagnoses_stripped_and_flagged(string provider)
    {
        var app = apps[provider];
        await SetCaseCopyAsync(app, true);
        var (_, newCaseId) = await PatientWithEvaluationAndNewCaseAsync(app);
        var api = await app.ClientForAsync("therapist");

        var notDaily = await api.PostAsJsonAsync($"/api/v1/cases/{newCaseId}/notes", new { type = "DailyNote", copyFromLatest = true });
        Assert.Equal(HttpStatusCode.BadRequest, notDaily.StatusCode);

        var started = await api.PostAsJsonAsync($"/api/v1/cases/{newCaseId}/notes", new { type = "InitialEvaluation", copyFromLatest = true });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var note = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Draft", note.GetProperty("status").GetString());
        var subjective = note.GetProperty("soap").GetProperty("subjective").GetString()!;
        Assert.StartsWith("Copied from the Initial Evaluation of 2026-03-02 of the case 'Low back pain'", subjective, StringComparison.Ordinal);
        Assert.Contains("Diagnosis codes are not copied: enter the new case's diagnoses (the case 'Low back pain' had M54.50).", subjective, StringComparison.Ordinal);
        Assert.Contains("Low back pain for 6 weeks ([diagnosis code removed]).", subjective, StringComparison.Ordinal);
        Assert.DoesNotContain("M54.50)", subjective.Split("\n\n")[1], StringComparison.Ordinal);
        Assert.Equal("Lumbar flexion limited.", note.GetProperty("soap").GetProperty("objective").GetString());
        var evaluation = note.GetProperty("evaluation");
        Assert.Equal("Pain with sitting, [diagnosis code removed]", evaluation.GetProperty("problems")[0].GetString());
        Assert.Equal(2, evaluation.GetProperty("planOfCare").GetProperty("frequencyPerWeek").GetInt32());
        Assert.Empty(note.GetProperty("charges").EnumerateArray());
    }

    [Theory, Providers]
    public async Task The_new_note_page_offers_the_copy_and_the_company_setting_turns_it_off(string provider)
    {
        var app = apps[provider];
        await SetCaseCopyAsync(app, true);
        var (_, newCaseId) = await PatientWithEvaluationAndNewCaseAsync(app);
        var page = await PageClient.SignInAsync(app, "therapist");
        var form = await page.Http.GetStringAsync($"/Cases/{newCaseId}/Notes/New");
        Assert.Contains("Start the Initial Evaluation from the patient&#x27;s last evaluative note", form);
        Assert.Contains("Copied from the Initial Evaluation of 2026-03-02", form);

        var posted = await page.PostFormAsync($"/Cases/{newCaseId}/Notes/New",
            new() { ["Type"] = "InitialEvaluation", ["DateOfService"] = "", ["CopyFromLatest"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var noteId = Guid.Parse(posted.Headers.Location!.ToString().Split('/').Last(s => s.Length > 0));
        var subjective = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Notes.IgnoreQueryFilters()
            .Where(n => n.Id == noteId).Select(n => n.Subjective).SingleAsync());
        Assert.StartsWith("Copied from the Initial Evaluation of 2026-03-02", subjective, StringComparison.Ordinal);

        await SetCaseCopyAsync(app, false);
        var (_, another) = await PatientWithEvaluationAndNewCaseAsync(app);
        Assert.DoesNotContain("last evaluative note", await page.Http.GetStringAsync($"/Cases/{another}/Notes/New"));
        var api = await app.ClientForAsync("therapist");
        var refused = await api.PostAsJsonAsync($"/api/v1/cases/{another}/notes", new { type = "InitialEvaluation", copyFromLatest = true });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Initial Exam Case Copy is off", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }
}
