using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Cases;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>Draft → finalized → addenda, one Initial Evaluation and one discharge per case, and saves that never overwrite each other.</summary>
public sealed class NoteLifecycleApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task A_case_has_one_initial_evaluation_even_when_several_are_started_at_once(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync();
        var therapist = await app.ClientForAsync("therapist");

        var daily = await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/cases/{@case.CaseId}/notes", new { type = "DailyNote" }), HttpStatusCode.Conflict);
        Assert.Contains("Every case starts with an Initial Evaluation", Messages(daily));

        var starts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            therapist.PostAsJsonAsync($"/api/v1/cases/{@case.CaseId}/notes", new { type = "InitialEvaluation" })));
        Assert.Equal(1, starts.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(starts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));

        var again = await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/cases/{@case.CaseId}/notes", new { type = "InitialEvaluation" }),
            HttpStatusCode.Conflict);
        Assert.Contains("The case already has its Initial Evaluation", Messages(again));
        var notes = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.CaseId}/notes");
        Assert.Equal(["InitialEvaluation"], notes.EnumerateArray().Select(n => n.GetProperty("type").GetString()));
    }

    [Theory, Providers]
    public async Task A_discharge_waits_for_every_other_note_and_then_discharges_the_case(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync();
        var therapist = await app.ClientForAsync("therapist");
        var daily = await StartAsync(therapist, @case.CaseId);
        var discharge = await StartAsync(therapist, @case.CaseId, "DischargeSummary");
        await SaveAsync(therapist, discharge, [Charge("97110", 15)], totalTreatmentMinutes: 15);

        var waiting = await ExpectAsync(await FinalizeAsync(therapist, Id(discharge)), HttpStatusCode.Conflict);
        Assert.Contains($"still open: {daily.GetProperty("name").GetString()} (draft)", Messages(waiting));

        await ExpectAsync(await FinalizeAsync(therapist, Id(daily)), HttpStatusCode.OK);
        await ExpectAsync(await FinalizeAsync(therapist, Id(discharge)), HttpStatusCode.OK);
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Cases.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(c => c.Id == @case.CaseId));
        Assert.Equal(CaseStatus.Discharged, stored.Status);
        Assert.NotNull(stored.DischargedAt);

        var after = await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/cases/{@case.CaseId}/notes", new { type = "DailyNote" }), HttpStatusCode.Conflict);
        Assert.Contains("The case is discharged", Messages(after));
    }

    [Theory, Providers]
    public async Task A_finalized_note_never_changes_and_takes_signed_addenda(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var note = await StartAsync(therapist, (await app.AddEvaluatedCaseAsync()).CaseId);
        note = await SaveAsync(therapist, note, [Charge("97110", 23)], totalTreatmentMinutes: 23);
        var draftAddendum = await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/addenda", new { text = "Too early." }),
            HttpStatusCode.Conflict);
        Assert.Contains("not finalized yet", Messages(draftAddendum));
        var finalized = await ExpectAsync(await FinalizeAsync(therapist, Id(note)), HttpStatusCode.OK);
        var at = finalized.GetProperty("finalizedAt").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

        var put = await ExpectAsync(await PutAsync(therapist, finalized, [Charge("97110", 38)], 38), HttpStatusCode.Conflict);
        Assert.Contains($"The {note.GetProperty("name").GetString()} was finalized at {at} and cannot be changed", put.GetProperty("detail").GetString());
        await ExpectAsync(await FinalizeAsync(therapist, Id(note)), HttpStatusCode.Conflict);
        await ExpectAsync(await ForwardAsync(therapist, Id(note), await app.UserIdAsync("director")), HttpStatusCode.Conflict);
        await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/billing/preview", new { charges = Array.Empty<object>() }),
            HttpStatusCode.Conflict);

        var empty = await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/addenda", new { text = " " }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["text"], Fields(empty));
        var addendum = await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/addenda",
            new { text = "Late entry: patient also reported knee swelling." }), HttpStatusCode.Created);
        Assert.Equal("Theo Therapist, PT, DPT", addendum.GetProperty("authorName").GetString());

        var read = await GetAsync(therapist, Id(note));
        Assert.Equal(23, read.GetProperty("charges")[0].GetProperty("minutes").GetInt32());
        var listed = Assert.Single(read.GetProperty("addenda").EnumerateArray());
        Assert.Equal("Late entry: patient also reported knee swelling.", listed.GetProperty("text").GetString());
        Assert.Equal(await app.UserIdAsync("therapist"), listed.GetProperty("authorId").GetGuid());
    }

    [Theory, Providers]
    public async Task Two_saves_of_the_same_version_keep_the_first_and_tell_the_second_what_changed(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var note = await StartAsync(therapist, (await app.AddEvaluatedCaseAsync()).CaseId);
        var read = await GetAsync(therapist, Id(note));

        await ExpectAsync(await PutAsync(therapist, read, [Charge("97110", 23)], 23, subjective: "First save."), HttpStatusCode.OK);
        var second = await ExpectAsync(await PutAsync(therapist, read, [Charge("97110", 23)], 23, subjective: "Second save."), HttpStatusCode.Conflict);

        var changed = second.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(["soap.subjective", "soap.objective", "soap.assessment", "soap.plan", "charges", "totalTreatmentMinutes"], changed);
        Assert.Contains("saved by Theo Therapist, PT, DPT", second.GetProperty("detail").GetString());
        Assert.Contains("Changed since you read it: Subjective, Objective, Assessment, Plan, Charges, Total treatment minutes", second.GetProperty("detail").GetString());
        Assert.Equal(["version"], Fields(second));
        var stored = await GetAsync(therapist, Id(note));
        Assert.Equal("First save.", stored.GetProperty("soap").GetProperty("subjective").GetString());
        Assert.Equal(stored.GetProperty("version").GetString(), second.GetProperty("version").GetString());

        var retried = await ExpectAsync(await PutAsync(therapist, stored, [Charge("97110", 23)], 23, subjective: "Second save."), HttpStatusCode.OK);
        Assert.Equal("Second save.", retried.GetProperty("soap").GetProperty("subjective").GetString());
    }

    [Theory, Providers]
    public async Task Bad_input_is_answered_with_the_field_never_a_500(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var @case = await app.AddEvaluatedCaseAsync();
        var note = await StartAsync(therapist, @case.CaseId);
        var id = Id(note);
        var version = note.GetProperty("version").GetString();

        async Task<JsonElement> SendAsync(HttpMethod method, string url, string json, HttpStatusCode expected) =>
            await ExpectAsync(await therapist.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") }),
                expected);

        Assert.Equal(["type"], Fields(await SendAsync(HttpMethod.Post, $"/api/v1/cases/{@case.CaseId}/notes", """{"type":"Bogus"}""", HttpStatusCode.BadRequest)));
        Assert.Equal(["label"], Fields(await SendAsync(HttpMethod.Post, $"/api/v1/cases/{@case.CaseId}/notes",
            """{"type":"DailyNote","label":"Recertification"}""", HttpStatusCode.BadRequest)));
        await SendAsync(HttpMethod.Post, $"/api/v1/cases/{@case.CaseId}/notes", """{"type":"DailyNote","dateOfService":"yesterday"}""", HttpStatusCode.BadRequest);
        await SendAsync(HttpMethod.Put, $"/api/v1/notes/{id}", """{"charges":[{"code":"97110","minutes":"ten"}]}""", HttpStatusCode.BadRequest);
        Assert.Equal(["version"], Fields(await SendAsync(HttpMethod.Put, $"/api/v1/notes/{id}", """{"version":"old"}""", HttpStatusCode.BadRequest)));
        var form = await SendAsync(HttpMethod.Put, $"/api/v1/notes/{id}",
            $$$"""{"version":"{{{version}}}","charges":[{"code":"9711","minutes":-5}],"evaluation":{"problems":["Pain"]},"tieChoice":{"x":1}}""",
            HttpStatusCode.BadRequest);
        Assert.Equal(["evaluation", "charges[0].code", "charges[0].minutes", "tieChoice"], Fields(form));
        await SendAsync(HttpMethod.Post, $"/api/v1/notes/{id}/finalize", "not json", HttpStatusCode.BadRequest);
        await SendAsync(HttpMethod.Post, $"/api/v1/notes/{id}/forward", """{"coSignerId":"nobody"}""", HttpStatusCode.BadRequest);
        await ExpectAsync(await therapist.GetAsync($"/api/v1/notes/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ExpectAsync(await FinalizeAsync(therapist, Guid.NewGuid()), HttpStatusCode.NotFound);
        Assert.Equal(["coSignerId"], Fields(await ExpectAsync(await ForwardAsync(therapist, id, Guid.NewGuid()), HttpStatusCode.UnprocessableEntity)));
    }
}
