using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rehab.Core.Audit;
using Rehab.Core.Documentation;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Users;
using Rehab.Web.Auth;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Outcomes;

/// <summary>
/// The tablet hand-over: a clinician's sign-in locked to one survey reaches nothing else until the clinician's own password
/// unlocks it. Pins down the flaw it fixes: a patient holding the tablet could open any chart with the clinician's rights.
/// </summary>
public sealed partial class TabletHandoverTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>The therapist's draft evaluation with an NPRS survey, and another patient's survey.</summary>
    private static async Task<(Guid TherapistId, Guid PatientId, Guid NoteId, Guid SurveyId, Guid OtherSurvey)> TwoSurveysAsync(RehabAppFactory app)
    {
        var therapistId = await app.UserIdAsync("therapist");
        var @case = await app.AddCaseAsync();
        var noteId = await app.AddNoteAsync(@case.CaseId, therapistId, NoteType.InitialEvaluation);
        var otherNote = await app.AddNoteAsync((await app.AddCaseAsync()).CaseId, therapistId, NoteType.InitialEvaluation);
        var api = await app.ClientForAsync("therapist");
        return (therapistId, @case.PatientId, noteId, Id(await AttachSurveyAsync(api, noteId, "NPRS")), Id(await AttachSurveyAsync(api, otherNote, "NPRS")));
    }

    [Theory, Providers]
    public async Task A_patient_holding_a_handed_over_tablet_reaches_only_the_survey_until_the_clinician_unlocks_it(string provider)
    {
        var app = apps[provider];
        var (therapistId, patientId, noteId, surveyId, otherSurvey) = await TwoSurveysAsync(app);
        var api = await app.ClientForAsync("therapist");
        var take = $"/Surveys/{surveyId}/Take";
        var unlock = $"/Surveys/{surveyId}/Unlock";
        var editor = $"/Notes/{noteId}";
        var tablet = await PageClient.SignInAsync(app, "therapist");

        Assert.Contains("Hand the tablet to the patient", await tablet.Http.GetStringAsync(editor));
        Assert.Equal(HttpStatusCode.Redirect, (await tablet.Http.GetAsync(unlock)).StatusCode); // not locked: straight to the note
        var handedOver = await tablet.PostFormAsync(take + "?handler=HandOver", [], editor);
        Assert.Equal((HttpStatusCode.Redirect, take), (handedOver.StatusCode, handedOver.Headers.Location?.OriginalString));

        foreach (var elsewhere in new[] { "/Patients", $"/Patients/{patientId}", editor, $"/Surveys/{otherSurvey}/Take", "/", "/Login", "/Audit" })
        {
            var response = await tablet.Http.GetAsync(elsewhere);
            Assert.True((HttpStatusCode.Redirect, take) == (response.StatusCode, response.Headers.Location?.OriginalString), elsewhere);
        }
        var refused = await tablet.Http.GetAsync($"/api/v1/notes/{noteId}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(patientId.ToString(), await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await tablet.Http.GetAsync($"/api/v1/patients/{patientId}/outcomes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/notes/{noteId}")).StatusCode); // bearer tokens carry no lock

        var html = await tablet.Http.GetStringAsync(take);
        Assert.DoesNotContain("Hand the tablet to the patient", html);
        Assert.Contains($"href=\"{unlock}\">Clinician: unlock the tablet", html);
        var saved = await tablet.PostFormAsync(take, new() { ["item-1"] = "3", ["q-recommend"] = "9" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        html = await saved.Content.ReadAsStringAsync();
        Assert.Contains("Thank you. Your answers are saved.", html);
        Assert.Contains("Please hand the tablet back to your therapist.", html);

        var wrong = await tablet.PostFormAsync(unlock, new() { ["Password"] = "not the password at all" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        html = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"visually-hidden\">Error: </span>The password is wrong. The tablet stays locked to this survey.", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.DoesNotContain(patientId.ToString(), html);
        Assert.Equal(1, await app.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<RehabUser>>().FindByIdAsync(therapistId.ToString()))!.AccessFailedCount));
        Assert.Equal(take, (await tablet.Http.GetAsync("/Patients")).Headers.Location?.OriginalString);

        var unlocked = await tablet.PostFormAsync(unlock, new() { ["Password"] = RehabAppFactory.Password });
        Assert.Equal((HttpStatusCode.Redirect, editor), (unlocked.StatusCode, unlocked.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await tablet.Http.GetAsync($"/Patients/{patientId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tablet.Http.GetAsync(editor)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tablet.Http.GetAsync($"/api/v1/notes/{noteId}")).StatusCode);
        Assert.Contains("Hand the tablet to the patient", await tablet.Http.GetStringAsync(take));

        var audit = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.PatientId == patientId && (a.Action == AuditAction.TabletLocked || a.Action == AuditAction.TabletUnlocked))
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.Outcome, a.UserId, a.EntityId, a.Details }).ToListAsync());
        Assert.Equal(
            [(AuditAction.TabletLocked, AuditOutcome.Success, (string?)null), (AuditAction.TabletUnlocked, AuditOutcome.Failure, "wrong password"),
             (AuditAction.TabletUnlocked, AuditOutcome.Success, null)],
            audit.Select(a => (a.Action, a.Outcome, a.Details)));
        Assert.All(audit, a => Assert.Equal((therapistId, surveyId.ToString()), (a.UserId!.Value, a.EntityId)));
    }

    [Theory, Providers]
    public async Task Handing_over_from_the_editor_saves_the_note_first_and_locks_only_to_a_survey_of_that_note(string provider)
    {
        var app = apps[provider];
        var (therapistId, patientId, noteId, surveyId, otherSurvey) = await TwoSurveysAsync(app);
        var api = await app.ClientForAsync("therapist");
        var take = $"/Surveys/{surveyId}/Take";
        var editor = $"/Notes/{noteId}";
        var handOver = editor + "?handler=HandOver";
        var tablet = await PageClient.SignInAsync(app, "therapist");
        Dictionary<string, string> Form(string html, string subjective, string surveyField) => new()
        {
            ["Input.Version"] = WebUtility.HtmlDecode(VersionField().Match(html).Groups[1].Value), ["Input.Subjective"] = subjective,
            ["surveyId"] = surveyField,
        };

        var html = await tablet.Http.GetStringAsync(editor);
        var button = HandOverButton().Match(html).Value;
        Assert.Contains($"formaction=\"{handOver}\"", button);
        Assert.Contains($"name=\"surveyId\" value=\"{surveyId}\"", button);
        Assert.DoesNotContain("save the note first", html);

        foreach (var notOnTheNote in new[] { otherSurvey.ToString(), Guid.NewGuid().ToString(), "not-a-survey" })
        {
            var refused = await tablet.PostFormAsync(handOver, Form(html, "Typed before a refused hand-over.", notOnTheNote), editor);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            html = await refused.Content.ReadAsStringAsync(); // saved, then refused: the page stands for the saved version
            Assert.Contains("href=\"#outcomeSurvey\">That survey is not attached to this note; hand over one of the surveys listed here.", html);
            Assert.Equal(HttpStatusCode.OK, (await tablet.Http.GetAsync("/Patients")).StatusCode); // nothing locked
        }
        Assert.Equal("Typed before a refused hand-over.", (await GetAsync(api, noteId)).GetProperty("soap").GetProperty("subjective").GetString());

        var handedOver = await tablet.PostFormAsync(handOver, Form(html, "Typed, then the tablet went to the patient.", surveyId.ToString()), editor);
        Assert.Equal((HttpStatusCode.Redirect, take), (handedOver.StatusCode, handedOver.Headers.Location?.OriginalString));
        Assert.Equal("Typed, then the tablet went to the patient.", (await GetAsync(api, noteId)).GetProperty("soap").GetProperty("subjective").GetString());
        foreach (var elsewhere in new[] { "/Patients", editor, $"/Surveys/{otherSurvey}/Take" })
        {
            var response = await tablet.Http.GetAsync(elsewhere);
            Assert.True((HttpStatusCode.Redirect, take) == (response.StatusCode, response.Headers.Location?.OriginalString), elsewhere);
        }
        Assert.Equal(HttpStatusCode.OK, (await tablet.Http.GetAsync(take)).StatusCode);
        Assert.Equal(1, await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .CountAsync(a => a.PatientId == patientId && a.Action == AuditAction.TabletLocked)));
    }

    [Theory, Providers]
    public async Task Handing_over_from_a_finalized_note_locks_nothing(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync();
        var noteId = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation);
        var api = await app.ClientForAsync("therapist");
        var surveyId = Id(await AttachSurveyAsync(api, noteId, "NPRS"));
        var editor = $"/Notes/{noteId}";
        var tablet = await PageClient.SignInAsync(app, "therapist");
        var version = WebUtility.HtmlDecode(VersionField().Match(await tablet.Http.GetStringAsync(editor)).Groups[1].Value);
        await app.FinalizeStoredAsync(noteId);

        var refused = await tablet.PostFormAsync(editor + "?handler=HandOver",
            new() { ["Input.Version"] = version, ["Input.Subjective"] = "Typed on a page left open.", ["surveyId"] = surveyId.ToString() }, editor);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-testid=\"note-read-only\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await tablet.Http.GetAsync("/Patients")).StatusCode);
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .CountAsync(a => a.PatientId == @case.PatientId && a.Action == AuditAction.TabletLocked)));
        Assert.NotEqual("Typed on a page left open.", (await GetAsync(api, noteId)).GetProperty("soap").GetProperty("subjective").GetString());
    }

    [Theory, Providers]
    public async Task Wrong_unlock_passwords_lock_the_account_and_keep_the_tablet_on_the_survey(string provider)
    {
        var app = apps[provider];
        var userName = TestData.Unique("tablet-pt-");
        var userId = await app.AddUserAsync(userName, [Permission.ViewPatients, Permission.StartNotes]);
        var noteId = await app.AddNoteAsync((await app.AddCaseAsync()).CaseId, userId, NoteType.InitialEvaluation);
        var api = await app.ClientForAsync(userName);
        var surveyId = Id(await AttachSurveyAsync(api, noteId, "NPRS"));
        var take = $"/Surveys/{surveyId}/Take";
        var unlock = $"/Surveys/{surveyId}/Unlock";
        var tablet = await PageClient.SignInAsync(app, userName);
        Assert.Equal(HttpStatusCode.Redirect, (await tablet.PostFormAsync(take + "?handler=HandOver", [])).StatusCode);

        for (var attempt = 1; attempt < PasswordRules.FailedAttemptsBeforeLockout; attempt++)
            Assert.Contains("The password is wrong.", await (await tablet.PostFormAsync(unlock, new() { ["Password"] = "a guess at the password" })).Content.ReadAsStringAsync());
        Assert.Contains("Too many wrong passwords: the account is locked for 15 minutes.",
            await (await tablet.PostFormAsync(unlock, new() { ["Password"] = "a guess at the password" })).Content.ReadAsStringAsync());
        var refused = await tablet.PostFormAsync(unlock, new() { ["Password"] = RehabAppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Too many wrong passwords", await refused.Content.ReadAsStringAsync());
        Assert.Equal(take, (await tablet.Http.GetAsync($"/Notes/{noteId}")).Headers.Location?.OriginalString);
        Assert.Contains("Enter the password you signed in with.", await (await tablet.PostFormAsync(unlock, new() { ["Password"] = "" })).Content.ReadAsStringAsync());

        var outcomes = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.UserId == userId && a.Action == AuditAction.TabletUnlocked).Select(a => a.Details).ToListAsync());
        Assert.Equal(PasswordRules.FailedAttemptsBeforeLockout + 1, outcomes.Count);
        Assert.Equal(2, outcomes.Count(d => d == "account locked out"));
    }

    [Theory, Providers]
    public async Task The_lock_survives_the_minutely_security_stamp_check(string provider)
    {
        var options = apps[provider].Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var surveyId = Guid.NewGuid().ToString();
        var current = new ClaimsPrincipal(new ClaimsIdentity([new Claim(TabletLock.Claim, surveyId)], "Identity.Application"));
        var context = new SecurityStampRefreshingPrincipalContext
        {
            CurrentPrincipal = current,
            NewPrincipal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "therapist")], "Identity.Application")),
        };
        Assert.NotNull(options.OnRefreshingPrincipal);
        await options.OnRefreshingPrincipal(context);
        Assert.Equal(surveyId, context.NewPrincipal.FindFirstValue(TabletLock.Claim));
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([^\"]*)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("<button[^>]*data-testid=\"survey-NPRS-hand-over\"[^>]*>")]
    private static partial Regex HandOverButton();
}
