using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Rehab.Core.Documentation;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Outcomes;

/// <summary>The chart's Outcomes section: each instrument's scores over time, the change since intake and whether the MCID is met.</summary>
public sealed class ChartOutcomesPageTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task AnswerAsync(HttpClient api, Guid noteId, string instrument, int?[] answers)
    {
        var survey = await AttachSurveyAsync(api, noteId, instrument);
        await ExpectAsync(await api.PutAsJsonAsync($"/api/v1/surveys/{Id(survey)}", new { answers }), HttpStatusCode.OK);
    }

    private static string Outcome(string html, string code)
    {
        var match = Regex.Match(html, $"data-testid=\"outcome-{code}\">(.*?)</article>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The chart shows no {code} outcome.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Theory, Providers]
    public async Task After_two_scored_surveys_the_chart_shows_each_score_the_change_since_intake_and_the_MCID_in_words(string provider)
    {
        var app = apps[provider];
        var today = ClinicDate.Today;
        var @case = await app.AddCaseAsync();
        var therapistId = await app.UserIdAsync("therapist");
        var intake = await app.AddNoteAsync(@case.CaseId, therapistId, NoteType.InitialEvaluation, on: today.AddDays(-30));
        var progress = await app.AddNoteAsync(@case.CaseId, therapistId, NoteType.ProgressNote, on: today.AddDays(-1));
        var api = await app.ClientForAsync("therapist");
        await AnswerAsync(api, intake, "LEFS", [.. Enumerable.Repeat<int?>(2, 20)]); // 40 of 80
        await AnswerAsync(api, progress, "LEFS", [.. Enumerable.Repeat<int?>(3, 12), .. Enumerable.Repeat<int?>(2, 8)]); // 52
        await AnswerAsync(api, intake, "ODI", [.. Enumerable.Repeat<int?>(3, 10)]); // 30 of 50: 60%
        await AnswerAsync(api, progress, "ODI", [3, 3, 3, 3, 3, 3, 2, 2, 2, 2]); // 26 of 50: 52%
        var page = await PageClient.SignInAsync(app, "therapist");

        var chart = await page.Http.GetStringAsync($"/Patients/{@case.PatientId}");

        var lefs = Outcome(chart, "LEFS");
        Assert.Contains("Lower Extremity Functional Scale (LEFS)", lefs, StringComparison.Ordinal);
        Assert.Contains("higher is better; MCID 9.", lefs, StringComparison.Ordinal);
        Assert.Matches($"{today.AddDays(-30):yyyy-MM-dd}</td>\\s*<th scope=\"row\"><a href=\"/Notes/{intake}\">Initial Evaluation</a></th>\\s*<td>40</td>", lefs);
        Assert.Matches($"{today.AddDays(-1):yyyy-MM-dd}</td>\\s*<th scope=\"row\"><a href=\"/Notes/{progress}\">Progress Note</a></th>\\s*<td>52</td>", lefs);
        Assert.Contains("Change since intake: <strong>MCID met</strong>. LEFS 40 at intake, 52 now (higher is better): 12 points better; the MCID of 9 is met.",
            lefs, StringComparison.Ordinal);
        // the graph: the intake at the left, 30 days later at the right; 40 and 52 of 0–80 over the 106 units of height below the top margin of 10
        Assert.Contains($"aria-label=\"LEFS scores over time: 40 on {today.AddDays(-30):yyyy-MM-dd}, 52 on {today.AddDays(-1):yyyy-MM-dd}\"", lefs, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"scores\" points=\"44,63 348,47.1\" />", lefs, StringComparison.Ordinal);

        var odi = Outcome(chart, "ODI");
        Assert.Contains("higher is worse; MCID 10.", odi, StringComparison.Ordinal);
        Assert.Contains("<td>60.0%</td>", odi, StringComparison.Ordinal);
        Assert.Contains("<td>52.0%</td>", odi, StringComparison.Ordinal);
        Assert.Contains("Change since intake: <strong>MCID not met</strong>.", odi, StringComparison.Ordinal);
        Assert.Contains("8.0 points better; short of the MCID of 10.", odi, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_patient_without_scored_surveys_has_an_empty_outcomes_section_and_one_score_has_no_change_yet(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync();
        var page = await PageClient.SignInAsync(app, "therapist");
        Assert.Contains("No scored outcome surveys yet.", await page.Http.GetStringAsync($"/Patients/{@case.PatientId}"), StringComparison.Ordinal);

        var intake = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation);
        await AnswerAsync(await app.ClientForAsync("therapist"), intake, "NPRS", [6]);
        var nprs = Outcome(await page.Http.GetStringAsync($"/Patients/{@case.PatientId}"), "NPRS");
        Assert.Contains("<td>6</td>", nprs, StringComparison.Ordinal);
        Assert.Contains("One score so far", nprs, StringComparison.Ordinal);
        Assert.DoesNotContain("MCID met", nprs, StringComparison.Ordinal);
    }
}
