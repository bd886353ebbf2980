using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Outcomes;

/// <summary>The tablet page: only the survey, answered by form, audited as a read of the patient's data.</summary>
public sealed class SurveyTakePageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task The_tablet_page_shows_only_the_survey_and_saves_the_answers(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync();
        var noteId = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation);
        var therapist = await app.ClientForAsync("therapist");
        var survey = await AttachSurveyAsync(therapist, noteId, "ODI");
        var surveyId = Id(survey);
        var pages = await PageClient.SignInAsync(app, "therapist");

        var html = await pages.Http.GetStringAsync($"/Surveys/{surveyId}/Take");
        Assert.Contains("Modified Oswestry Low Back Pain Disability Index", html);
        Assert.Contains("Section 8: Social life", html);
        Assert.Contains("How likely are you to recommend our clinic", html);
        Assert.DoesNotContain("<nav", html);

        var fields = Enumerable.Range(1, 10).Where(n => n != 8).ToDictionary(n => $"item-{n}", n => "2");
        fields["q-recommend"] = "9";
        var saved = await pages.PostFormAsync($"/Surveys/{surveyId}/Take", fields);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        // one section skipped is a valid ODI (scored over the nine answered), so the survey is complete
        Assert.Contains("Thank you. Your answers are saved.", await saved.Content.ReadAsStringAsync());
        var stored = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/notes/{noteId}");
        Assert.True(stored.GetProperty("outcomeSurveyAttached").GetBoolean());
        Assert.True(stored.GetProperty("outcomeSurveyComplete").GetBoolean());
        var row = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().OutcomeSurveys.IgnoreQueryFilters().SingleAsync(s => s.Id == surveyId));
        Assert.Equal((40.0m, 9, true), (row.Score, row.Recommend, row.Complete));

        var reads = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.EntityType == "OutcomeSurvey" && a.PatientId == @case.PatientId).CountAsync());
        Assert.True(reads >= 1);

        var assistant = await PageClient.SignInAsync(app, "assistant");
        var denver = await app.AddCaseAsync("Denver Highlands");
        var hidden = await app.AddNoteAsync(denver.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation);
        var hiddenSurvey = await AttachSurveyAsync(therapist, hidden, "NPRS");
        Assert.Equal(HttpStatusCode.NotFound, (await assistant.Http.GetAsync($"/Surveys/{Id(hiddenSurvey)}/Take")).StatusCode);
        }

    [Theory, Providers]
    public async Task A_survey_on_a_finalized_note_shows_read_only_with_no_hand_over(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync();
        var noteId = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation);
        var therapist = await app.ClientForAsync("therapist");
        var survey = await AttachSurveyAsync(therapist, noteId, "NPRS");
        await ExpectAsync(await therapist.PutAsJsonAsync($"/api/v1/surveys/{Id(survey)}", new { answers = new[] { 6 } }), HttpStatusCode.OK);
        await app.FinalizeStoredAsync(noteId);
        var pages = await PageClient.SignInAsync(app, "therapist");

        var html = await pages.Http.GetStringAsync($"/Surveys/{Id(survey)}/Take");
        Assert.Contains("These answers can no longer be changed", html);
        Assert.Contains("value=\"6\" checked=\"checked\" disabled=\"disabled\"", html);
        Assert.DoesNotContain("Save my answers", html);
        Assert.DoesNotContain("Hand the tablet to the patient", html);

        // the hand-over is refused (the access-denied page) and the sign-in stays unlocked
        var handOver = await pages.PostFormAsync($"/Surveys/{Id(survey)}/Take?handler=HandOver", []);
        Assert.Equal(HttpStatusCode.Found, handOver.StatusCode);
        Assert.Contains("/Denied", handOver.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/Patients")).StatusCode);
        var changed = await pages.PostFormAsync($"/Surveys/{Id(survey)}/Take", new Dictionary<string, string> { ["item-1"] = "2" });
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Contains("These answers can no longer be changed", await changed.Content.ReadAsStringAsync());
    }
}
