using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>Who signs notes: assistants where clinic, payer and permission allow it, otherwise a therapist co-signs what they forward.</summary>
public sealed class SignatureApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly string[] AssistantPermissions = [Permission.ViewPatients, Permission.EditPatients, Permission.StartNotes, Permission.ForwardNotes];

    // domain.md §5.3: canFinalize(assistant) = clinic setting AND the payer's setting AND the user's Finalize Notes.
    [Theory, Providers]
    public async Task An_assistant_finalizes_only_where_clinic_payer_and_permission_all_allow_it(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var finalizes = TestData.Unique("pta-fin-");
        await app.AddStaffAsync(finalizes, UserType.PTA, [.. AssistantPermissions, Permission.FinalizeNotes], [phoenix, denver], phoenix);
        var forwards = TestData.Unique("pta-");
        await app.AddStaffAsync(forwards, UserType.PTA, AssistantPermissions, [phoenix, denver], phoenix);
        var therapistId = await app.UserIdAsync("therapist");
        var failures = new List<string>();

        foreach (var clinic in new[] { "Phoenix Central", "Denver Highlands" })
            foreach (var payer in new[] { "Aetna PPO", "UnitedHealthcare Choice Plus PPO" })
                foreach (var user in new[] { finalizes, forwards })
                {
                    var @case = await app.AddEvaluatedCaseAsync(clinic, payer);
                    var api = await app.ClientForAsync(user);
                    var note = await StartAsync(api, @case.CaseId);
                    await SaveAsync(api, note, [Charge("97110", 23)], totalTreatmentMinutes: 23);
                    var response = await FinalizeAsync(api, Id(note));
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    var row = $"{clinic} × {payer} × {(user == finalizes ? "with" : "without")} Finalize Notes";
                    var gate = user != finalizes ? "Finalizing needs the Finalize Notes permission"
                        : clinic == "Denver Highlands" ? "the clinic does not allow assistant finalization"
                        : payer != "Aetna PPO" ? $"primary {payer} does not allow assistants to finalize"
                        : null;
                    if (gate is null)
                    {
                        if (response.StatusCode != HttpStatusCode.OK)
                            failures.Add($"{row}: expected 200, got {(int)response.StatusCode} {body}");
                        else if (body.GetProperty("finalizationKind").GetString() != "SignedUnderSupervision"
                                 || body.GetProperty("supervisingTherapistId").GetGuid() != therapistId
                                 || body.GetProperty("supervisionWording").GetString() != SupervisionWordings.Presets[0]
                                 || !body.GetProperty("signatures").EnumerateArray().Any(s => s.GetProperty("role").GetString() == "Supervising therapist"))
                            failures.Add($"{row}: finalized without the supervising therapist and the clinic's wording: {body}");
                    }
                    else if (response.StatusCode != HttpStatusCode.Forbidden || !Messages(body).Contains(gate, StringComparison.Ordinal))
                        failures.Add($"{row}: expected 403 naming '{gate}', got {(int)response.StatusCode} {body}");
                }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory, Providers]
    public async Task An_assistant_names_a_physical_therapist_as_supervisor(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var user = TestData.Unique("pta-fin-");
        await app.AddStaffAsync(user, UserType.PTA, [.. AssistantPermissions, Permission.FinalizeNotes], [phoenix], phoenix);
        var api = await app.ClientForAsync(user);
        var note = await StartAsync(api, (await app.AddEvaluatedCaseAsync()).CaseId);

        var refused = await ExpectAsync(await FinalizeAsync(api, Id(note), await app.UserIdAsync("frontoffice")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["supervisingTherapistId"], Fields(refused));
        Assert.Contains("The supervising therapist of a PTA is a PT", Messages(refused));

        var director = await app.UserIdAsync("director");
        var signed = await ExpectAsync(await FinalizeAsync(api, Id(note), director), HttpStatusCode.OK);
        Assert.Equal(director, signed.GetProperty("supervisingTherapistId").GetGuid());
    }

    [Theory, Providers]
    public async Task An_assistant_forwards_a_note_that_the_therapist_finds_in_the_inbox_and_co_signs_with_both_signatures(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync(primaryPayer: "UnitedHealthcare Choice Plus PPO");
        var assistant = await app.ClientForAsync("assistant");
        var note = await StartAsync(assistant, @case.CaseId);
        note = await SaveAsync(assistant, note, [Charge("97110", 23)], totalTreatmentMinutes: 30);
        await ExpectAsync(await FinalizeAsync(assistant, Id(note)), HttpStatusCode.Forbidden);
        var therapistId = await app.UserIdAsync("therapist");

        var forwarded = await ExpectAsync(await ForwardAsync(assistant, Id(note), therapistId), HttpStatusCode.OK);
        Assert.Equal("Forwarded", forwarded.GetProperty("status").GetString());
        Assert.Equal(SupervisionWordings.Presets[0], forwarded.GetProperty("supervisionWording").GetString());

        var therapist = await app.ClientForAsync("therapist");
        var inbox = await therapist.GetFromJsonAsync<JsonElement>("/api/v1/notes/cosign-inbox");
        var item = Assert.Single(inbox.EnumerateArray(), i => i.GetProperty("id").GetGuid() == Id(note));
        Assert.Equal("Alex Assistant, PTA", item.GetProperty("authorName").GetString());
        Assert.Equal(@case.PatientId, item.GetProperty("patientId").GetGuid());

        var otherName = TestData.Unique("pt-");
        await app.AddUserAsync(otherName, [Permission.ViewPatients, Permission.StartNotes, Permission.ForwardNotes, Permission.FinalizeNotes]);
        var other = await app.ClientForAsync(otherName);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/v1/notes/cosign-inbox")).EnumerateArray());
        var refused = await ExpectAsync(await CoSignAsync(other, Id(note)), HttpStatusCode.Forbidden);
        Assert.Contains("only they co-sign", Messages(refused));
        Assert.Contains("is waiting for co-signature", Messages(await ExpectAsync(await FinalizeAsync(other, Id(note)), HttpStatusCode.Conflict)));

        var signed = await ExpectAsync(await CoSignAsync(therapist, Id(note)), HttpStatusCode.OK);
        Assert.Equal("Finalized", signed.GetProperty("status").GetString());
        Assert.Equal("CoSigned", signed.GetProperty("finalizationKind").GetString());
        var signatures = signed.GetProperty("signatures").EnumerateArray()
            .Select(s => (s.GetProperty("role").GetString(), s.GetProperty("userId").GetGuid())).ToList();
        Assert.Equal([("Forwarded for co-signature", await app.UserIdAsync("assistant")), ("Co-signed", therapistId)], signatures);
        Assert.Equal(2, signed.GetProperty("charges")[0].GetProperty("billedUnits").GetInt32());
        Assert.DoesNotContain((await therapist.GetFromJsonAsync<JsonElement>("/api/v1/notes/cosign-inbox")).EnumerateArray(),
            i => i.GetProperty("id").GetGuid() == Id(note));
        await ExpectAsync(await CoSignAsync(therapist, Id(note)), HttpStatusCode.Conflict);
    }

    // domain.md §5.4: before forwarding the note is validated; only PT/OT/SLP co-sign.
    [Theory, Providers]
    public async Task A_note_is_checked_before_it_is_forwarded_and_only_to_a_therapist(string provider)
    {
        var app = apps[provider];
        var assistant = await app.ClientForAsync("assistant");
        var note = await StartAsync(assistant, (await app.AddEvaluatedCaseAsync(primaryPayer: "Medicare Part B")).CaseId);
        await SaveAsync(assistant, note, [Charge("97110", 23)]);

        var incomplete = await ExpectAsync(await ForwardAsync(assistant, Id(note), await app.UserIdAsync("therapist")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["totalTreatmentMinutes"], Fields(incomplete));

        var clerk = await ExpectAsync(await ForwardAsync(assistant, Id(note), await app.UserIdAsync("frontoffice")), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("coSignerId", Fields(clerk));
        Assert.Contains("Notes are co-signed by a PT, OT or SLP", Messages(clerk));

        var missing = await ExpectAsync(await assistant.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/forward", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(["coSignerId"], Fields(missing));
        Assert.Equal("Draft", (await GetAsync(assistant, Id(note))).GetProperty("status").GetString());
    }
}
