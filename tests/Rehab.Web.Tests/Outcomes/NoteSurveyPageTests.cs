using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Outcomes;

/// <summary>
/// The editor's outcome surveys: attached from the note, shown with their score and missing items, and the only source of
/// whether the note has a survey; a note save cannot claim one.
/// </summary>
public sealed partial class NoteSurveyPageTests(Apps apps) : IClassFixture<Apps>
{
    private static Dictionary<string, string> AttachForm(string html, string instrument) => new()
    {
        ["Input.Version"] = WebUtility.HtmlDecode(VersionField().Match(html).Groups[1].Value), ["Input.Subjective"] = "Low back pain for 3 weeks.",
        ["Instrument"] = instrument,
    };

    private static Task<int> SurveyCountAsync(RehabAppFactory app, Guid noteId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().OutcomeSurveys.IgnoreQueryFilters().CountAsync(s => s.NoteId == noteId));

    [Theory, Providers]
    public async Task A_survey_attached_from_the_editor_shows_its_missing_items_and_the_tablet_link(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        var noteId = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation);
        var editor = $"/Notes/{noteId}";
        var page = await PageClient.SignInAsync(app, "therapist");

        var html = await page.Http.GetStringAsync(editor);
        Assert.Contains("Outcome surveys", html);
        Assert.Contains("No survey is attached.", html);
        Assert.Contains("primary Medicare Part B requires it", html);
        Assert.DoesNotContain("Input.OutcomeSurveyAttached", html);
        Assert.Contains("ODI — Modified Oswestry Low Back Pain Disability Index: Low back pain disability", WebUtility.HtmlDecode(html));

        var attached = await page.PostFormAsync(editor + "?handler=AttachSurvey", AttachForm(html, "ODI"), editor);
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        var surveyId = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().OutcomeSurveys.IgnoreQueryFilters()
            .Where(s => s.NoteId == noteId).Select(s => s.Id).SingleAsync());
        html = WebUtility.HtmlDecode(await page.Http.GetStringAsync(editor));
        Assert.Contains("ODI survey attached.", html);
        Assert.Contains("Low back pain for 3 weeks.", html); // the form was saved before the survey was attached
        Assert.Contains("not scored yet", html);
        Assert.Contains("Not complete: section 1 (Pain intensity), section 2 (Personal care)", html);
        Assert.Contains($"href=\"/Surveys/{surveyId}/Take\">Patient fills it in on the tablet", html);
        Assert.DoesNotContain("<option value=\"ODI\">", html); // attached once; the other instruments are still offered
        Assert.Contains("<option value=\"NDI\">", html);

        var fields = Enumerable.Range(1, 10).Where(n => n != 8).ToDictionary(n => $"item-{n}", _ => "2");
        Assert.Equal(HttpStatusCode.OK, (await page.PostFormAsync($"/Surveys/{surveyId}/Take", fields)).StatusCode);
        html = WebUtility.HtmlDecode(await page.Http.GetStringAsync(editor));
        Assert.Equal("40.0%", TestId(html, "survey-ODI-score").Split(',')[0]);
        // the ODI's manual scores a skipped section over the answered ones: the survey is complete
        Assert.Equal("Complete.", TestId(html, "survey-ODI-status"));

        var again = await page.PostFormAsync(editor + "?handler=AttachSurvey", AttachForm(html, "odi"), editor);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        html = await again.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#instrument\">A ODI survey is already attached to this note; answer that one.", html);
        var unknown = await page.PostFormAsync(editor + "?handler=AttachSurvey", AttachForm(html, "SF-36"), editor); // the refused page's version: it was saved
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("href=\"#instrument\">Choose an instrument: LEFS, ODI", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(1, await SurveyCountAsync(app, noteId));
    }

    [Theory, Providers]
    public async Task A_note_save_claiming_a_survey_does_not_give_the_note_one(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        var noteId = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation);
        var therapist = await app.ClientForAsync("therapist");
        var note = await GetAsync(therapist, noteId);

        var saved = await ExpectAsync(await therapist.PutAsJsonAsync($"/api/v1/notes/{noteId}", new
        {
            version = note.GetProperty("version").GetString(),
            soap = new { subjective = "Low back pain.", objective = "SLR positive.", assessment = "Radiculopathy.", plan = "Twice weekly." },
            charges = Array.Empty<object>(), outcomeSurveyAttached = true, outcomeSurveyComplete = true,
        }), HttpStatusCode.OK);
        Assert.False(saved.GetProperty("outcomeSurveyAttached").GetBoolean());
        Assert.False(saved.GetProperty("outcomeSurveyComplete").GetBoolean());
        Assert.False((await GetAsync(therapist, noteId)).GetProperty("outcomeSurveyAttached").GetBoolean());

        var refused = await ExpectAsync(await FinalizeAsync(therapist, noteId), HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Attach a completed outcome survey.", refused.GetProperty("errors").GetProperty("outcomeSurvey")[0].GetString());
    }

    [Theory, Providers]
    public async Task Attaching_a_survey_to_a_daily_note_is_refused_with_the_reason(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync();
        var noteId = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"));
        var editor = $"/Notes/{noteId}";
        var page = await PageClient.SignInAsync(app, "therapist");
        var html = await page.Http.GetStringAsync(editor);
        Assert.DoesNotContain("Outcome surveys", html);

        var refused = await page.PostFormAsync(editor + "?handler=AttachSurvey", AttachForm(html, "LEFS"), editor);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Outcome surveys go on evaluative notes (Initial Evaluation, Progress Note, Discharge Summary); this is a Daily Note of ",
            await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await SurveyCountAsync(app, noteId));
    }

    [Theory, Providers]
    public async Task A_finalized_evaluation_shows_its_surveys_read_only(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync();
        var noteId = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation);
        var therapist = await app.ClientForAsync("therapist");
        await AttachSurveyAsync(therapist, noteId, "NPRS");
        await app.FinalizeStoredAsync(noteId);

        var html = WebUtility.HtmlDecode(await (await PageClient.SignInAsync(app, "therapist")).Http.GetStringAsync($"/Notes/{noteId}"));
        Assert.Contains("data-testid=\"note-read-only\"", html);
        Assert.Contains("Numeric Pain Rating Scale (NPRS)", html);
        Assert.DoesNotContain("/Take\"", html);
        Assert.DoesNotContain("handler=AttachSurvey", html);
    }

    private static string TestId(string html, string id) =>
        Regex.Match(html, $"data-testid=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<").Groups[1].Value.Trim();

    [GeneratedRegex("name=\"Input.Version\" value=\"([^\"]*)\"")]
    private static partial Regex VersionField();
}
