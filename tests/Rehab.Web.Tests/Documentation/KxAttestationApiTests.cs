using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>
/// Issue 14 item 7: a Medicare note whose KX the engine cannot decide (here: Denver Highlands has no fee-schedule
/// locality) is refused with what to fix, or finalized with the clinician's attestation, recorded with who and why.
/// </summary>
public sealed class KxAttestationApiTests(Apps apps) : IClassFixture<Apps>
{
    private static Task<HttpResponseMessage> FinalizeAttestingAsync(HttpClient api, Guid noteId,
        object kxAttestation) =>
        api.PostAsJsonAsync($"/api/v1/notes/{noteId}/finalize", new { kxAttestation });

    private static async Task<(HttpClient Therapist, Guid NoteId)> UnpricedMedicareNoteAsync(RehabAppFactory app)
    {
        var @case = await app.AddEvaluatedCaseAsync("Denver Highlands", primaryPayer: "Medicare Part B");
        var therapist = await app.ClientForAsync("therapist");
        var note = await StartAsync(therapist, @case.CaseId);
        await SaveAsync(therapist, note, [Charge("97110", 30)], totalTreatmentMinutes: 30);
        return (therapist, Id(note));
    }

    [Theory, Providers]
    public async Task A_Medicare_note_whose_KX_cannot_be_decided_is_refused_naming_what_to_fix(string provider)
    {
        var (therapist, noteId) = await UnpricedMedicareNoteAsync(apps[provider]);

        var problem = await ExpectAsync(await FinalizeAsync(therapist, noteId), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("kxAttestation", Fields(problem));
        Assert.Contains("no Medicare fee-schedule locality", Messages(problem));
        Assert.Contains("attest whether KX applies", Messages(problem));
        Assert.Equal("Draft", (await GetAsync(therapist, noteId)).GetProperty("status").GetString());
    }

    [Theory, Providers]
    public async Task Finalizing_with_a_KX_attestation_records_who_and_why(string provider)
    {
        var app = apps[provider];
        var (therapist, noteId) = await UnpricedMedicareNoteAsync(app);
        const string reason = "The patient's Medicare summary notice shows $2,600 of therapy this year.";

        await ExpectAsync(await FinalizeAttestingAsync(therapist, noteId, new { applies = true, reason }),
            HttpStatusCode.OK);

        var charge = (await GetAsync(therapist, noteId)).GetProperty("charges")[0];
        Assert.Contains("KX", charge.GetProperty("billedModifiers").EnumerateArray().Select(m => m.GetString()));
        var therapistId = await app.UserIdAsync("therapist");
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Notes.IgnoreQueryFilters()
            .Include(n => n.Charges).SingleAsync(n => n.Id == noteId));
        Assert.Equal((true, reason, therapistId),
            (stored.KxAttestationApplies, stored.KxAttestationReason, stored.KxAttestedById));
        Assert.NotNull(stored.KxAttestedAt);
        Assert.Contains("attests that KX applies: " + reason, stored.Charges.Single().BilledExplanation);
    }

    [Theory, Providers]
    public async Task An_attestation_without_a_reason_is_refused_naming_the_field(string provider)
    {
        var (therapist, noteId) = await UnpricedMedicareNoteAsync(apps[provider]);

        var problem = await ExpectAsync(
            await FinalizeAttestingAsync(therapist, noteId, new { applies = false, reason = " " }),
            HttpStatusCode.BadRequest);

        Assert.Equal(["kxAttestation.reason"], Fields(problem));
    }
}
