using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Billing;

/// <summary>
/// 59 and X{EPSU} come only from the clinician's attestation and choice (MLN1783722; NCCI Policy Manual Ch. I §E).
/// </summary>
public sealed class DistinctServiceApiTests(Apps apps) : IClassFixture<Apps>
{
    private static object Attested(string code, int minutes, params string[] chosenModifiers) =>
        new { code, minutes, chosenModifiers, separateBlockOrRegion = true };

    private static async Task<JsonElement> PreviewAsync(HttpClient api, JsonElement note, params object[] charges) =>
        await ExpectAsync(await api.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/billing/preview", new { charges }),
            HttpStatusCode.OK);

    private static string[] Claim(JsonElement billing, int line) =>
        [.. billing.GetProperty("lines")[line].GetProperty("claimLines").EnumerateArray().Select(c => c.GetString()!)];

    // APTA 2020 / NCCI PTP 97161 + 97140, indicator 1: the untimed evaluation pair no longer gets 59 silently
    [Theory, Providers]
    public async Task
        Manual_therapy_on_an_evaluation_day_bills_0_units_without_the_attestation_and_the_chosen_modifier_with_it(
            string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var @case = await app.AddEvaluatedCaseAsync(primaryPayer: "Medicare Part B");
        var note = await StartAsync(therapist, @case.CaseId);

        var silent = await PreviewAsync(therapist, note, Charge("97161", 30), Charge("97140", 30));
        Assert.Equal(["97140 ×0"], Claim(silent, 1));
        Assert.Equal((0, 1), (silent.GetProperty("lines")[1].GetProperty("units").GetInt32(),
            silent.GetProperty("totalUnits").GetInt32()));
        var reason = silent.GetProperty("lines")[1].GetProperty("modifierExplanations")[0].GetString();
        Assert.Contains("97140 is not billed (0 units)", reason);
        Assert.Contains("never added for you", reason);
        Assert.Empty(silent.GetProperty("lines")[1].GetProperty("refusals").EnumerateArray());

        var unchosen = await PreviewAsync(therapist, note, Charge("97161", 30), Attested("97140", 30));
        Assert.Equal(["97140 ×0"], Claim(unchosen, 1));
        Assert.Contains("no modifier is chosen",
            unchosen.GetProperty("lines")[1].GetProperty("modifierExplanations")[0].GetString());

        var chosen = await PreviewAsync(therapist, note, Charge("97161", 30), Attested("97140", 30, "59"));
        Assert.Equal(["97140-GP-59 ×2"], Claim(chosen, 1));
        Assert.Equal(3, chosen.GetProperty("totalUnits").GetInt32());
    }

    [Theory, Providers]
    public async Task A_finalized_note_records_0_units_for_the_unattested_column_2_line(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var @case = await app.AddEvaluatedCaseAsync(primaryPayer: "Medicare Part B");
        var note = await StartAsync(therapist, @case.CaseId);
        await SaveAsync(therapist, note, [Charge("97140", 15), Charge("97530", 15)], totalTreatmentMinutes: 30);

        await ExpectAsync(await FinalizeAsync(therapist, Id(note)), HttpStatusCode.OK);
        var charges = (await GetAsync(therapist, Id(note))).GetProperty("charges");
        Assert.Equal((1, 0),
            (charges[0].GetProperty("billedUnits").GetInt32(), charges[1].GetProperty("billedUnits").GetInt32()));
        Assert.Contains("not billed (0 units)", charges[1].GetProperty("billedExplanation").GetString());
    }
}
