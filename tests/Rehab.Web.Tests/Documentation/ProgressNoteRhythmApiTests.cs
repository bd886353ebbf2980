using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Core.Documentation;
using Rehab.Web.Tests.Cases;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Documentation;

public sealed class ProgressNoteRhythmApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly Today = ClinicDate.Today;

    private static CaseNotes.Spec[] EvaluationAndDailyNotes(int dailyNotes) =>
    [
        new(NoteType.InitialEvaluation, NoteStatus.Finalized, Today.AddDays(-20)),
        .. Enumerable.Range(1, dailyNotes).Select(i => new CaseNotes.Spec(NoteType.DailyNote, NoteStatus.Finalized, Today.AddDays(-20 + i))),
    ];

    [Theory, Providers]
    public async Task Pub100_02_220_3_after_eight_treatment_days_Medicare_refuses_a_day_10_Daily_Note(string provider)
    {
        var app = apps[provider];
        var medicare = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        await app.AddNotesAsync(medicare, EvaluationAndDailyNotes(8));
        var api = await app.ClientForAsync("therapist");

        var daily = await api.PostAsJsonAsync($"/api/v1/cases/{medicare.CaseId}/notes", new { type = "DailyNote" });
        Assert.Equal(HttpStatusCode.Conflict, daily.StatusCode);
        var problem = await daily.Content.ReadFromJsonAsync<JsonElement>();
        var reason = problem.GetProperty("errors").GetProperty("type")[0].GetString();
        Assert.Contains("8 PT visits since the Initial Evaluation", reason, StringComparison.Ordinal);
        Assert.Contains("Medicare case: finalize a Progress Note before starting another Daily Note", reason, StringComparison.Ordinal);

        var progress = await api.PostAsJsonAsync($"/api/v1/cases/{medicare.CaseId}/notes", new { type = "ProgressNote" });
        Assert.Equal(HttpStatusCode.Created, progress.StatusCode);
    }

    [Theory, Providers]
    public async Task Seven_days_on_Medicare_and_eight_on_another_payer_still_start_a_Daily_Note(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");

        var seven = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        await app.AddNotesAsync(seven, EvaluationAndDailyNotes(7));
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/cases/{seven.CaseId}/notes",
            new { type = "DailyNote" })).StatusCode);

        var commercial = await app.AddCaseAsync(primaryPayer: "Aetna PPO");
        await app.AddNotesAsync(commercial, EvaluationAndDailyNotes(8));
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/cases/{commercial.CaseId}/notes", new { type = "DailyNote" })).StatusCode);

        // Medicare as the secondary payer makes it a Medicare case too
        var secondary = await app.AddCaseAsync(primaryPayer: "Aetna PPO", secondaryPayer: "Medicare Part B");
        await app.AddNotesAsync(secondary, EvaluationAndDailyNotes(8));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/cases/{secondary.CaseId}/notes", new { type = "DailyNote" })).StatusCode);
    }
}
