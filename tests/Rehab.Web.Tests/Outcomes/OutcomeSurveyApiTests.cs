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

/// <summary>Outcome surveys through the API: attached to evaluative drafts, answered and scored, gating finalization, over time and as NPS.</summary>
public sealed class OutcomeSurveyApiTests(Apps apps) : IClassFixture<Apps>
{
    private static Task<HttpResponseMessage> AnswerAsync(HttpClient api, JsonElement survey, int?[] answers, object? satisfaction = null) =>
        api.PutAsJsonAsync($"/api/v1/surveys/{Id(survey)}", new { answers, satisfaction });

    /// <summary>A draft evaluative note by the therapist on a new case, dated as told.</summary>
    private static async Task<(TestCase Case, Guid NoteId)> EvaluationAsync(RehabAppFactory app, string payer = "Aetna PPO", DateOnly? on = null)
    {
        var @case = await app.AddCaseAsync(primaryPayer: payer);
        return (@case, await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation, on: on));
    }

    [Theory, Providers]
    public async Task The_instruments_are_listed_for_any_signed_in_user(string provider)
    {
        var frontDesk = await apps[provider].ClientForAsync("admin");
        var instruments = await frontDesk.GetFromJsonAsync<JsonElement>("/api/v1/outcomes/instruments");
        Assert.Equal(["LEFS", "ODI", "NDI", "QuickDASH", "PSFS", "NPRS"], instruments.EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        var lefs = instruments[0];
        Assert.Equal(20, lefs.GetProperty("items").GetArrayLength());
        Assert.Equal(9, lefs.GetProperty("mcid").GetDecimal());
        Assert.Equal("HigherIsBetter", lefs.GetProperty("direction").GetString());
    }

    [Theory, Providers]
    public async Task LEFS_answers_are_scored_and_the_note_has_a_complete_survey(string provider)
    {
        var app = apps[provider];
        var (_, noteId) = await EvaluationAsync(app);
        var therapist = await app.ClientForAsync("therapist");
        var survey = await AttachSurveyAsync(therapist, noteId, "lefs");
        Assert.Equal("LEFS", survey.GetProperty("instrument").GetProperty("code").GetString());
        Assert.False(survey.GetProperty("complete").GetBoolean());
        Assert.True((await GetAsync(therapist, noteId)).GetProperty("outcomeSurveyAttached").GetBoolean());

        // ten items without difficulty (4) and ten with a little (3): 40 + 30 = 70 of 80
        var scored = await ExpectAsync(await AnswerAsync(therapist, survey, [.. Enumerable.Repeat<int?>(4, 10), .. Enumerable.Repeat<int?>(3, 10)]),
            HttpStatusCode.OK);
        Assert.Equal(70m, scored.GetProperty("score").GetDecimal());
        Assert.Equal("70", scored.GetProperty("scoreText").GetString());
        Assert.True(scored.GetProperty("complete").GetBoolean());
        Assert.Equal(0, scored.GetProperty("missingItems").GetArrayLength());
        var note = await GetAsync(therapist, noteId);
        Assert.True(note.GetProperty("outcomeSurveyAttached").GetBoolean());
        Assert.True(note.GetProperty("outcomeSurveyComplete").GetBoolean());

        // half answered: kept unscored, not complete
        var partial = await ExpectAsync(await AnswerAsync(therapist, survey, [.. Enumerable.Repeat<int?>(4, 10)]), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, partial.GetProperty("score").ValueKind);
        Assert.False(partial.GetProperty("complete").GetBoolean());
        Assert.Equal(10, partial.GetProperty("missingItems").GetArrayLength());
        Assert.False((await GetAsync(therapist, noteId)).GetProperty("outcomeSurveyComplete").GetBoolean());
    }

    [Theory, Providers]
    public async Task ODI_with_a_skipped_section_is_scored_on_the_sections_answered_and_is_complete(string provider)
    {
        var app = apps[provider];
        var (_, noteId) = await EvaluationAsync(app);
        var therapist = await app.ClientForAsync("therapist");
        var survey = await AttachSurveyAsync(therapist, noteId, "ODI");

        // 18 points over 9 sections answered: 18 ÷ 45 × 100 = 40.0%
        var scored = await ExpectAsync(await AnswerAsync(therapist, survey, [3, 2, 2, 1, 3, 2, 1, null, 2, 2]), HttpStatusCode.OK);
        Assert.Equal(40.0m, scored.GetProperty("score").GetDecimal());
        Assert.Equal("40.0%", scored.GetProperty("scoreText").GetString());
        Assert.Equal("Moderate disability", scored.GetProperty("band").GetString());
        // Fairbank & Pynsent 2000: a skipped section is scored over the answered ones, and the score is valid
        Assert.True(scored.GetProperty("complete").GetBoolean());
        Assert.Empty(scored.GetProperty("missingItems").EnumerateArray());
        Assert.Contains("Scored without section 8 (Social life)", scored.GetProperty("explanation").GetString(),
            StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task QuickDASH_with_one_item_left_out_and_PSFS_with_one_activity_are_complete(string provider)
    {
        var app = apps[provider];
        var (_, noteId) = await EvaluationAsync(app);
        var therapist = await app.ClientForAsync("therapist");

        var quickDash = await ExpectAsync(await AnswerAsync(therapist, await AttachSurveyAsync(therapist, noteId,
            "QuickDASH"),
            [2, 3, 2, 3, 1, null, 2, 2, 3, 2, 2]), HttpStatusCode.OK);
        Assert.Equal((30.0m, true), (quickDash.GetProperty("score").GetDecimal(),
            quickDash.GetProperty("complete").GetBoolean()));
        var psfs = await ExpectAsync(await AnswerAsync(therapist, await AttachSurveyAsync(therapist, noteId, "PSFS"),
            [4]),
            HttpStatusCode.OK);
        Assert.Equal((4.0m, true), (psfs.GetProperty("score").GetDecimal(), psfs.GetProperty("complete").GetBoolean()));
        Assert.True((await GetAsync(therapist, noteId)).GetProperty("outcomeSurveyComplete").GetBoolean());
    }

    [Theory, Providers]
    public async Task Answers_off_the_scale_and_surveys_on_daily_notes_are_refused(string provider)
    {
        var app = apps[provider];
        var (@case, noteId) = await EvaluationAsync(app);
        var therapist = await app.ClientForAsync("therapist");
        var survey = await AttachSurveyAsync(therapist, noteId, "LEFS");

        int?[] answers = [.. Enumerable.Repeat<int?>(4, 20)];
        answers[2] = 5;
        var refused = await ExpectAsync(await AnswerAsync(therapist, survey, answers), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["answers[2]"], Fields(refused));
        Assert.Contains("Item 3 (Getting in or out of the bath) is answered 0 to 4; 5 is not", Messages(refused));
        var tooMany = await ExpectAsync(await AnswerAsync(therapist, survey, [.. Enumerable.Repeat<int?>(4, 21)]), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["answers"], Fields(tooMany));
        var recommend = await ExpectAsync(await AnswerAsync(therapist, survey, [.. Enumerable.Repeat<int?>(4, 20)], new { recommend = 11 }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["satisfaction.recommend"], Fields(recommend));
        Assert.False((await GetAsync(therapist, noteId)).GetProperty("outcomeSurveyComplete").GetBoolean());

        await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/notes/{noteId}/surveys", new { instrument = "LEFS" }), HttpStatusCode.Conflict);
        await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/notes/{noteId}/surveys", new { instrument = "SF-36" }), HttpStatusCode.BadRequest);
        var daily = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"));
        var notEvaluative = await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/notes/{daily}/surveys", new { instrument = "NPRS" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("evaluative notes", Messages(notEvaluative));
    }

    [Theory, Providers]
    public async Task Finalizing_a_Medicare_evaluation_with_an_incomplete_survey_is_refused_naming_the_missing_items(string provider)
    {
        var app = apps[provider];
        var (_, noteId) = await EvaluationAsync(app, "Medicare Part B");
        var therapist = await app.ClientForAsync("therapist");
        var survey = await AttachSurveyAsync(therapist, noteId, "ODI");
        await ExpectAsync(await AnswerAsync(therapist, survey, [3, null, 2, 1, null, 2, 1, null, 2, 2]),
            HttpStatusCode.OK);

        var refused = await ExpectAsync(await FinalizeAsync(therapist, noteId), HttpStatusCode.UnprocessableEntity);
        var message = refused.GetProperty("errors").GetProperty("outcomeSurvey")[0].GetString();
        Assert.Contains("The ODI survey attached to this note is not complete: section 2 (Personal care), "
            + "section 5 (Sitting), section 8 (Social life) not answered.", message);

        // one section skipped is a valid ODI: the survey no longer stops finalizing (whatever else the note lacks)
        await ExpectAsync(await AnswerAsync(therapist, survey, [3, 2, 2, 1, 3, 2, 1, null, 2, 2]), HttpStatusCode.OK);
        var again = await FinalizeAsync(therapist, noteId);
        if (again.StatusCode != HttpStatusCode.OK)
            Assert.DoesNotContain("outcomeSurvey", Fields(await ExpectAsync(again, again.StatusCode)));
    }

    [Theory, Providers]
    public async Task A_patients_outcomes_show_the_change_since_intake_and_the_read_is_audited(string provider)
    {
        var app = apps[provider];
        var today = ClinicDate.Today;
        var (@case, intake) = await EvaluationAsync(app, on: today.AddDays(-30));
        var therapistId = await app.UserIdAsync("therapist");
        var progress = await app.AddNoteAsync(@case.CaseId, therapistId, NoteType.ProgressNote, on: today.AddDays(-1));
        var therapist = await app.ClientForAsync("therapist");
        var atIntake = await ExpectAsync(await AnswerAsync(therapist, await AttachSurveyAsync(therapist, intake, "LEFS"), [.. Enumerable.Repeat<int?>(2, 20)]),
            HttpStatusCode.OK);
        var atProgress = await ExpectAsync(await AnswerAsync(therapist, await AttachSurveyAsync(therapist, progress, "LEFS"),
            [.. Enumerable.Repeat<int?>(3, 12), .. Enumerable.Repeat<int?>(2, 8)]), HttpStatusCode.OK);

        // the intake score is carried forward onto the progress note's survey
        Assert.Equal(JsonValueKind.Null, atIntake.GetProperty("sinceIntake").ValueKind);
        Assert.Equal((40m, 52m, true), (atProgress.GetProperty("sinceIntake").GetProperty("intake").GetDecimal(),
            atProgress.GetProperty("sinceIntake").GetProperty("current").GetDecimal(), atProgress.GetProperty("sinceIntake").GetProperty("mcidMet").GetBoolean()));
        var editor = await (await PageClient.SignInAsync(app, "therapist")).Http.GetStringAsync($"/Notes/{progress}");
        Assert.Contains("Since intake: <strong>MCID met</strong>. LEFS 40 at intake, 52 now", System.Net.WebUtility.HtmlDecode(editor));

        var outcomes = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{@case.PatientId}/outcomes");
        var lefs = Assert.Single(outcomes.GetProperty("instruments").EnumerateArray());
        Assert.Equal("LEFS", lefs.GetProperty("instrument").GetString());
        Assert.Equal([40m, 52m], lefs.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("score").GetDecimal()));
        var change = lefs.GetProperty("change");
        Assert.Equal(12m, change.GetProperty("improvement").GetDecimal());
        Assert.True(change.GetProperty("mcidMet").GetBoolean());
        Assert.Contains("12 points better", change.GetProperty("explanation").GetString());

        var reads = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.EntityType == "OutcomeSurvey" && a.PatientId == @case.PatientId).ToListAsync());
        Assert.Equal(("therapist", AuditOutcome.Success), (Assert.Single(reads).UserName, reads[0].Outcome));
    }

    [Theory, Providers]
    public async Task A_survey_answered_on_the_tablet_meanwhile_does_not_make_the_clinicians_save_stale(string provider)
    {
        var app = apps[provider];
        var (_, noteId) = await EvaluationAsync(app);
        var therapist = await app.ClientForAsync("therapist");
        var read = await GetAsync(therapist, noteId);

        await ExpectAsync(await AnswerAsync(therapist, await AttachSurveyAsync(therapist, noteId, "NPRS"), [4]), HttpStatusCode.OK);
        var saved = await ExpectAsync(await PutAsync(therapist, read, [], subjective: "Typed while the patient answered."), HttpStatusCode.OK);
        Assert.Equal("Typed while the patient answered.", saved.GetProperty("soap").GetProperty("subjective").GetString());
        Assert.True(saved.GetProperty("outcomeSurveyComplete").GetBoolean());

        // a save from before someone else's content change is still refused, naming the parts changed
        var stale = await ExpectAsync(await PutAsync(therapist, read, [], subjective: "An older draft."), HttpStatusCode.Conflict);
        var changed = stale.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("soap.subjective", changed);
        Assert.DoesNotContain("charges", changed);
    }

    [Theory, Providers]
    public async Task The_clinics_NPS_counts_recommend_answers_of_the_period(string provider)
    {
        var app = apps[provider];
        // a day of its own, so other tests' answers stay out of the period
        var day = new DateOnly(2001, 1, 1).AddDays(Random.Shared.Next(7000));
        var therapist = await app.ClientForAsync("therapist");
        foreach (var recommend in new[] { 10, 9, 9, 8, 3, 0 })
        {
            var (_, noteId) = await EvaluationAsync(app, on: day);
            await ExpectAsync(await AnswerAsync(therapist, await AttachSurveyAsync(therapist, noteId, "NPRS"), [4], new { recommend }), HttpStatusCode.OK);
        }
        var clinicId = await app.ClinicIdAsync("Phoenix Central");

        var nps = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/clinics/{clinicId}/nps?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        Assert.Equal((6, 3, 1, 2, 17), (nps.GetProperty("responses").GetInt32(), nps.GetProperty("promoters").GetInt32(),
            nps.GetProperty("passives").GetInt32(), nps.GetProperty("detractors").GetInt32(), nps.GetProperty("score").GetInt32()));
        var none = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/clinics/{clinicId}/nps?from={day.AddDays(1):yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}");
        Assert.Equal(0, none.GetProperty("responses").GetInt32());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("score").ValueKind);
        await ExpectAsync(await therapist.GetAsync($"/api/v1/clinics/{clinicId}/nps?from=2020-02-01&to=2020-01-01"), HttpStatusCode.BadRequest);

        // the satisfaction page shows the same for each clinic
        var page = await PageClient.SignInAsync(app, "therapist");
        var html = await page.Http.GetStringAsync($"/Surveys/Satisfaction?From={day:yyyy-MM-dd}&To={day:yyyy-MM-dd}");
        Assert.Matches($"<tr data-testid=\"nps-{clinicId}\">\\s*<th scope=\"row\">Phoenix Central</th><td>6</td><td>3</td><td>1</td><td>2</td>\\s*<td>17</td>", html);
        var backwards = await page.Http.GetAsync("/Surveys/Satisfaction?From=2020-02-01&To=2020-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("The period starts on or before its end", await backwards.Content.ReadAsStringAsync());
    }
}
