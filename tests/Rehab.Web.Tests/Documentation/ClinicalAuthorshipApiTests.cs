using System.Net;
using System.Net.Http.Json;
using Rehab.Core.Documentation;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>
/// Front office and billing staff never author clinical content, whatever permissions they were given; students addend
/// only their own notes. Checked where each write happens.
/// </summary>
public sealed class ClinicalAuthorshipApiTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>A front office user holding note permissions, as older versions let an admin grant them.</summary>
    private static async Task<(HttpClient Api, Guid Id)> ClericalWithNotePermissionsAsync(RehabAppFactory app,
        UserType type)
    {
        var userName = TestData.Unique("desk-");
        var id = await app.AddStaffAsync(userName, type, [Permission.ViewPatients, Permission.EditPatients,
            Permission.StartNotes, Permission.ForwardNotes, Permission.FinalizeNotes]);
        return (await app.ClientForAsync(userName), id);
    }

    [Theory, Providers]
    public async Task Clerical_user_cannot_write_an_addendum(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync();
        var therapist = await app.UserIdAsync("therapist");
        var evaluation = await app.AddNoteAsync(@case.CaseId, therapist, NoteType.InitialEvaluation,
            NoteStatus.Finalized);
        var (clerical, _) = await ClericalWithNotePermissionsAsync(app, UserType.Clerical);

        var refused = await ExpectAsync(await clerical.PostAsJsonAsync($"/api/v1/notes/{evaluation}/addenda",
            new { text = "Patient called to reschedule." }), HttpStatusCode.Forbidden);
        Assert.Contains("never writes", Messages(refused), StringComparison.Ordinal);
        Assert.Equal(0, (await GetAsync(clerical, evaluation)).GetProperty("addenda").GetArrayLength());
    }

    [Theory, Providers]
    public async Task Student_cannot_addend_another_clinicians_note(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync("Denver Highlands");
        var therapist = await app.UserIdAsync("therapist");
        var evaluation = await app.AddNoteAsync(@case.CaseId, therapist, NoteType.InitialEvaluation,
            NoteStatus.Finalized);
        var own = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("student"), NoteType.DailyNote,
            NoteStatus.Finalized);
        var student = await app.ClientForAsync("student");

        var refused = await ExpectAsync(await student.PostAsJsonAsync($"/api/v1/notes/{evaluation}/addenda",
            new { text = "Gait improved." }), HttpStatusCode.Forbidden);
        Assert.Contains("only their own notes", Messages(refused), StringComparison.Ordinal);
        var addendum = new { text = "Gait improved." };
        var created = await student.PostAsJsonAsync($"/api/v1/notes/{own}/addenda", addendum);
        await ExpectAsync(created, HttpStatusCode.Created);
    }

    [Theory, Providers]
    public async Task Biller_cannot_start_change_survey_or_sign_clinical_notes(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync();
        var (biller, billerId) = await ClericalWithNotePermissionsAsync(app, UserType.Biller);
        var draft = await app.AddNoteAsync(@case.CaseId, billerId, NoteType.InitialEvaluation);

        var start = await biller.PostAsJsonAsync($"/api/v1/cases/{@case.CaseId}/notes", new { type = "DailyNote" });
        await ExpectAsync(start, HttpStatusCode.Forbidden);
        var note = await GetAsync(biller, draft);
        await ExpectAsync(await PutAsync(biller, note, []), HttpStatusCode.Forbidden);
        await ExpectAsync(await biller.PostAsJsonAsync($"/api/v1/notes/{draft}/surveys", new { instrument = "LEFS" }),
            HttpStatusCode.Forbidden);
        await ExpectAsync(await FinalizeAsync(biller, draft), HttpStatusCode.Forbidden);
        var therapist = await app.UserIdAsync("therapist");
        await ExpectAsync(await ForwardAsync(biller, draft, therapist), HttpStatusCode.Forbidden);
        Assert.Equal("Draft", (await GetAsync(biller, draft)).GetProperty("status").GetString());
    }

    [Theory, Providers]
    public async Task Front_office_keeps_administrative_discharges(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync();
        var frontOffice = await app.ClientForAsync("frontoffice");

        var discharge = await StartAsync(frontOffice, @case.CaseId, "AdministrativeDischarge");
        await ExpectAsync(await FinalizeAsync(frontOffice, Id(discharge)), HttpStatusCode.OK);
    }
}
