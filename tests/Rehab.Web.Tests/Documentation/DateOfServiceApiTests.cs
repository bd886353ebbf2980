using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Core.Documentation;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>
/// A visit is dated between the patient's birth (and the case's Initial Evaluation) and today at the clinic: a Daily
/// Note dated 1900-01-01 or 9999-12-31 is neither started nor finalized. The patients here are born 1956-04-02.
/// </summary>
public sealed class DateOfServiceApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly Today = ClinicDate.Today;

    private static async Task<(TestCase Case, HttpClient Therapist)> EvaluatedCaseAsync(RehabAppFactory app)
    {
        var @case = await app.AddCaseAsync();
        await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation,
            NoteStatus.Finalized, Today.AddDays(-5));
        return (@case, await app.ClientForAsync("therapist"));
    }

    private static Task<HttpResponseMessage> StartOnAsync(HttpClient api, Guid caseId, string dateOfService) =>
        api.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { type = "DailyNote", dateOfService });

    private static async Task<int> NoteCountAsync(HttpClient api, Guid caseId) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/notes")).GetArrayLength();

    [Theory, Providers]
    public async Task A_daily_note_dated_before_the_patient_was_born_is_not_started(string provider)
    {
        var (@case, therapist) = await EvaluatedCaseAsync(apps[provider]);

        var refused = await ExpectAsync(await StartOnAsync(therapist, @case.CaseId, "1900-01-01"),
            HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["dateOfService"], Fields(refused));
        Assert.Equal(
            "The date of service, 1900-01-01, is before the patient's date of birth, 1956-04-02; check the year.",
            Messages(refused));
        Assert.Equal(1, await NoteCountAsync(therapist, @case.CaseId));
        await ExpectAsync(await StartOnAsync(therapist, @case.CaseId, Today.ToString("yyyy-MM-dd")),
            HttpStatusCode.Created);
    }

    [Theory, Providers]
    public async Task A_note_dated_9999_12_31_or_tomorrow_at_the_clinic_is_not_started(string provider)
    {
        var (@case, therapist) = await EvaluatedCaseAsync(apps[provider]);

        foreach (var date in new[] { "9999-12-31", Today.AddDays(1).ToString("yyyy-MM-dd") })
        {
            var refused = await ExpectAsync(await StartOnAsync(therapist, @case.CaseId, date),
                HttpStatusCode.UnprocessableEntity);
            Assert.Equal(["dateOfService"], Fields(refused));
            Assert.Contains($"{date}, is in the future; today at the clinic is {Today:yyyy-MM-dd}", Messages(refused),
                StringComparison.Ordinal);
        }
        Assert.Equal(1, await NoteCountAsync(therapist, @case.CaseId));
    }

    [Theory, Providers]
    public async Task A_visit_before_the_case_s_initial_evaluation_is_not_started(string provider)
    {
        var (@case, therapist) = await EvaluatedCaseAsync(apps[provider]);

        var dayBefore = Today.AddDays(-6).ToString("yyyy-MM-dd");
        var refused = await ExpectAsync(await StartOnAsync(therapist, @case.CaseId, dayBefore),
            HttpStatusCode.UnprocessableEntity);

        Assert.Contains($"before the case's Initial Evaluation on {Today.AddDays(-5):yyyy-MM-dd}", Messages(refused),
            StringComparison.Ordinal);
        await ExpectAsync(await StartOnAsync(therapist, @case.CaseId, Today.AddDays(-5).ToString("yyyy-MM-dd")),
            HttpStatusCode.Created);
    }

    [Theory, Providers]
    public async Task A_draft_already_dated_before_the_patient_was_born_is_not_finalized_or_billed(string provider)
    {
        var app = apps[provider];
        var (@case, therapist) = await EvaluatedCaseAsync(app);
        var noteId = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.DailyNote,
            NoteStatus.Draft, new DateOnly(1900, 1, 1));
        var note = await GetAsync(therapist, noteId);
        await ExpectAsync(await PutAsync(therapist, note, [Charge("97110", 30)], totalTreatmentMinutes: 30),
            HttpStatusCode.OK);

        var refused = await ExpectAsync(await FinalizeAsync(therapist, noteId), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("dateOfService", Fields(refused));
        Assert.Contains("before the patient's date of birth, 1956-04-02", Messages(refused), StringComparison.Ordinal);
        Assert.Equal("Draft", (await GetAsync(therapist, noteId)).GetProperty("status").GetString());
    }

    [Theory, Providers]
    public async Task A_charge_dated_9999_12_31_is_not_saved_on_a_draft(string provider)
    {
        var (@case, therapist) = await EvaluatedCaseAsync(apps[provider]);
        var note = await ExpectAsync(await StartOnAsync(therapist, @case.CaseId, Today.ToString("yyyy-MM-dd")),
            HttpStatusCode.Created);

        var refused = await ExpectAsync(await PutAsync(therapist, note,
            [new { code = "97110", minutes = 30, dateOfService = "9999-12-31" }], totalTreatmentMinutes: 30),
            HttpStatusCode.BadRequest);

        Assert.Equal(["charges[0].dateOfService"], Fields(refused));
        Assert.Contains("9999-12-31, is in the future", Messages(refused), StringComparison.Ordinal);
        Assert.Empty((await GetAsync(therapist, Id(note))).GetProperty("charges").EnumerateArray());
        await ExpectAsync(await PutAsync(therapist, note, [Charge("97110", 30)], totalTreatmentMinutes: 30),
            HttpStatusCode.OK);
    }
}
