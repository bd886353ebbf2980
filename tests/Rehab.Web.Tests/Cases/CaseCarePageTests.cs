using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Documentation;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Cases;

/// <summary>The progress-note rhythm and the plan of care as the chart, the case page and the home page show them.</summary>
public sealed class CaseCarePageTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly Today = ClinicDate.Today;

    /// <summary>A finalized Initial Evaluation with its plan of care, signed by the case's therapist.</summary>
    private static Task AddEvaluationAsync(RehabAppFactory app, TestCase c, DateOnly on, PlanOfCare plan) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var stored = await db.Cases.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == c.CaseId);
            var now = DateTimeOffset.UtcNow;
            var note = new Note
            {
                CompanyId = stored.CompanyId, ClinicId = stored.ClinicId, PatientId = stored.PatientId, CaseId = stored.Id,
                Type = NoteType.InitialEvaluation, Status = NoteStatus.Finalized, DateOfService = on, AuthorId = stored.AssignedTherapistId,
                CreatedAt = now, UpdatedAt = now, FinalizedAt = now, FinalizedById = stored.AssignedTherapistId, FinalizationKind = FinalizationKind.Signed,
            };
            note.Apply(new NoteContent
            {
                Soap = new SoapSections("Low back pain for 6 weeks.", "Lumbar flexion limited.", "Good potential.", "PT as planned."),
                Evaluation = new EvaluationDetails(["Pain with sitting"], [new Goal("Sit 60 minutes without pain", GoalTerm.LongTerm)], plan),
            });
            db.Notes.Add(note);
            return await db.SaveChangesAsync();
        });

    private static string Section(string html, string pattern)
    {
        var match = Regex.Match(html, pattern, RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no section matching {pattern}.");
        return match.Groups[1].Value;
    }

    private static string Alerts(string html) => Section(html, "<section class=\"alerts\" aria-labelledby=\"alerts-title\">(.*?)</section>");

    private static async Task<string> PageAsync(PageClient page, string url) => WebUtility.HtmlDecode(await page.Http.GetStringAsync(url));

    [Theory, Providers]
    public async Task Seven_treatment_days_after_the_evaluation_show_the_progress_note_due_on_the_chart(string provider)
    {
        var app = apps[provider];
        var testCase = await app.AddCaseAsync();
        var evaluated = Today.AddDays(-20);
        await app.AddNotesAsync(testCase,
        [
            new(NoteType.InitialEvaluation, NoteStatus.Finalized, evaluated),
            .. Enumerable.Range(1, 7).Select(i => new CaseNotes.Spec(NoteType.DailyNote, NoteStatus.Finalized,
                evaluated.AddDays(i))),
            new(NoteType.DailyNote, NoteStatus.Finalized, evaluated.AddDays(8), Charged: false),
                // no charge: not a visit
            new(NoteType.DailyNote, NoteStatus.Draft, evaluated.AddDays(9)), // not finalized
        ]);
        var page = await PageClient.SignInAsync(app, "therapist");
        var expected = $"7 PT visits since the Initial Evaluation of {evaluated:yyyy-MM-dd}: "
            + "a Progress Note is coming due.";

        var chartAlerts = Alerts(await PageAsync(page, $"/Patients/{testCase.PatientId}"));
        Assert.Contains($"<a href=\"/Cases/{testCase.CaseId}\">Low back pain</a>: {expected}", chartAlerts, StringComparison.Ordinal);
        Assert.DoesNotContain("is required", chartAlerts, StringComparison.Ordinal);

        var caseAlerts = Alerts(await PageAsync(page, $"/Cases/{testCase.CaseId}"));
        Assert.Contains(expected, caseAlerts, StringComparison.Ordinal);
        Assert.DoesNotContain("is required", caseAlerts, StringComparison.Ordinal);

        // the home page counts the same way
        var glance = Section(await PageAsync(page, "/"), "data-testid=\"glance-progress\">(.*?)</div>");
        Assert.Matches(
            $"<a href=\"/Cases/{testCase.CaseId}\">[^<]*</a>: 7 PT visits since the last evaluative note</li>", glance);
    }

    [Theory, Providers]
    public async Task Six_treatment_days_show_no_rhythm_alert(string provider)
    {
        var app = apps[provider];
        var testCase = await app.AddCaseAsync();
        var evaluated = Today.AddDays(-20);
        await app.AddNotesAsync(testCase,
        [
            new(NoteType.InitialEvaluation, NoteStatus.Finalized, evaluated),
            .. Enumerable.Range(1, 6).Select(i => new CaseNotes.Spec(NoteType.DailyNote, NoteStatus.Finalized,
                evaluated.AddDays(i))),
        ]);
        var page = await PageClient.SignInAsync(app, "therapist");

        Assert.DoesNotContain("PT visits since", await PageAsync(page, $"/Patients/{testCase.PatientId}"), StringComparison.Ordinal);
        Assert.DoesNotContain("PT visits since", await PageAsync(page, $"/Cases/{testCase.CaseId}"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_plan_of_care_ending_within_the_alert_days_shows_on_the_case_page_the_chart_and_the_home_page(string provider)
    {
        var app = apps[provider];
        var ending = await app.AddCaseAsync();
        var evaluated = Today.AddDays(-20);
        await AddEvaluationAsync(app, ending, evaluated, new PlanOfCare(2, 4)); // runs to day 28, a week from now
        var ends = evaluated.AddDays(27);
        var later = await app.AddCaseAsync();
        await AddEvaluationAsync(app, later, Today.AddDays(-2), new PlanOfCare(2, 8));
        var page = await PageClient.SignInAsync(app, "therapist");
        var head = $"The plan of care of the Initial Evaluation of {evaluated:yyyy-MM-dd} runs to {ends:yyyy-MM-dd}: ";
        var action = "Finalize a Progress Note with a new plan of care, or discharge the patient (the alert starts 14 days before, as Company Settings set it).";

        var casePage = await PageAsync(page, $"/Cases/{ending.CaseId}");
        var caseAlerts = Alerts(casePage);
        Assert.Contains(head, caseAlerts, StringComparison.Ordinal);
        Assert.Matches(@"runs to \d{4}-\d{2}-\d{2}: [78] days left\.", caseAlerts); // 7 or 8 as the clinic's day differs from UTC
        Assert.Contains(action, caseAlerts, StringComparison.Ordinal);
        Assert.Contains("<dd>2 visits a week for 4 weeks, set by the Initial Evaluation of " + $"{evaluated:yyyy-MM-dd}</dd>", casePage, StringComparison.Ordinal);
        Assert.Contains($"<dt>Plan of care ends</dt><dd>{ends:yyyy-MM-dd}</dd>", casePage, StringComparison.Ordinal);
        Assert.Contains($"<dd data-testid=\"renew-by\">{ends:yyyy-MM-dd}</dd>", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Medicare certification ends", casePage, StringComparison.Ordinal);

        var chart = await PageAsync(page, $"/Patients/{ending.PatientId}");
        Assert.Contains($"<a href=\"/Cases/{ending.CaseId}\">Low back pain</a>: {head}", Alerts(chart), StringComparison.Ordinal);
        Assert.Contains($"<dd data-testid=\"renew-by\">{ends:yyyy-MM-dd}</dd>", chart, StringComparison.Ordinal);

        var laterCase = await PageAsync(page, $"/Cases/{later.CaseId}");
        Assert.DoesNotContain("The plan of care of", laterCase, StringComparison.Ordinal);
        Assert.Contains($"<dd data-testid=\"renew-by\">{Today.AddDays(-2 + 55):yyyy-MM-dd}</dd>", laterCase, StringComparison.Ordinal);

        var home = Section(await PageAsync(page, "/"), "data-testid=\"glance-plan-of-care\">(.*?)</div>");
        Assert.Contains($"href=\"/Cases/{ending.CaseId}\"", home, StringComparison.Ordinal);
        Assert.Contains(head, home, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/Cases/{later.CaseId}\"", home, StringComparison.Ordinal);

        var director = Section(await PageAsync(await PageClient.SignInAsync(app, "director"), "/"), "data-testid=\"glance-plan-of-care\">(.*?)</div>");
        Assert.DoesNotContain($"href=\"/Cases/{ending.CaseId}\"", director, StringComparison.Ordinal); // not the director's case
    }

    [Theory, Providers]
    public async Task A_Medicare_case_shows_the_90_day_recertification_date_when_it_comes_before_the_plans_end(string provider)
    {
        var app = apps[provider];
        var medicare = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        var evaluated = Today.AddDays(-80);
        await AddEvaluationAsync(app, medicare, evaluated, new PlanOfCare(2, 16));
        var certified = evaluated.AddDays(89);
        var page = await PageClient.SignInAsync(app, "therapist");

        var casePage = await PageAsync(page, $"/Cases/{medicare.CaseId}");
        Assert.Contains($"<dt>Plan of care ends</dt><dd>{evaluated.AddDays(111):yyyy-MM-dd}</dd>", casePage, StringComparison.Ordinal);
        Assert.Contains("<dt>Medicare certification ends</dt>", casePage, StringComparison.Ordinal);
        Assert.Contains($"<dd>{certified:yyyy-MM-dd} (90 days, the plan's first day counting)</dd>", casePage, StringComparison.Ordinal);
        Assert.Contains($"<dd data-testid=\"renew-by\">{certified:yyyy-MM-dd}</dd>", casePage, StringComparison.Ordinal);
        Assert.Contains($"Medicare certifies at most 90 days of it (Pub. 100-02 Ch. 15 §220.1.2), so recertify by {certified:yyyy-MM-dd}: ",
            Alerts(casePage), StringComparison.Ordinal);
        Assert.Contains("Finalize a Recertification with a new plan of care", Alerts(casePage), StringComparison.Ordinal);

        var chart = await PageAsync(page, $"/Patients/{medicare.PatientId}");
        Assert.Contains($"so recertify by {certified:yyyy-MM-dd}", Alerts(chart), StringComparison.Ordinal);
    }
}
