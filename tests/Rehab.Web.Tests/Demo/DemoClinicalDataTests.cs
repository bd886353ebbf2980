using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Demo;

public sealed class DemoClinicalDataTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task The_demo_has_drafts_finalized_notes_and_a_note_waiting_for_co_signature(string provider)
    {
        var notes = await apps[provider].WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Notes.IgnoreQueryFilters()
            .Include(n => n.Charges).ToListAsync());

        Assert.Contains(notes, n => n.Status == NoteStatus.Draft);
        var forwarded = Assert.Single(notes, n => n.Status == NoteStatus.Forwarded);
        Assert.NotNull(forwarded.ForwardedToId);
        Assert.NotNull(forwarded.SupervisionWording);
        Assert.All(notes.Where(n => n.Status == NoteStatus.Finalized), n =>
        {
            Assert.NotNull(n.FinalizedAt);
            Assert.All(n.Charges, c => Assert.NotNull(c.BilledUnits));
        });
    }

    [Theory, Providers]
    public async Task A_commercial_primary_on_the_rule_of_8s_bills_each_10_minute_line_as_a_unit(string provider)
    {
        var daily = await apps[provider].WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var patient = await db.Patients.IgnoreQueryFilters().SingleAsync(p => p.MedicalRecordNumber == "DS-1001");
            return await db.Notes.IgnoreQueryFilters().Include(n => n.Charges)
                .SingleAsync(n => n.PatientId == patient.Id && n.Type == NoteType.DailyNote && n.Status == NoteStatus.Finalized);
        });

        // Aetna PPO (Rule of 8s) is primary, Medicare secondary, and the demo company defers to the primary:
        // 10 + 10 minutes bill 2 units, where the 8-Minute Rule would pool them into 1.
        Assert.Equal("RuleOfEights", daily.BilledUnitRule);
        Assert.Equal(2, daily.Charges.Sum(c => c.BilledUnits));
        Assert.Contains("Aetna PPO", daily.BilledUnitRuleReason, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Robert_Chen_is_close_to_the_Medicare_threshold_so_the_note_waiting_for_co_signature_bills_KX(string provider)
    {
        var app = apps[provider];
        var (patientId, noteId) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var chen = await db.Patients.IgnoreQueryFilters().SingleAsync(p => p.MedicalRecordNumber == "DS-1002");
            var forwarded = await db.Notes.IgnoreQueryFilters().SingleAsync(n => n.PatientId == chen.Id && n.Status == NoteStatus.Forwarded);
            return (chen.Id, forwarded.Id);
        });
        var therapist = await app.ClientForAsync("therapist");

        var threshold = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{patientId}/medicare-threshold");
        var pt = threshold.GetProperty("buckets").EnumerateArray().Single(b => b.GetProperty("bucket").GetString() == "PhysicalAndSpeech");
        Assert.Equal(2250m, pt.GetProperty("priorAmount").GetDecimal());
        Assert.True(pt.GetProperty("used").GetDecimal() < pt.GetProperty("kxThreshold").GetDecimal(), "His finalized evaluation stays within the threshold.");
        Assert.True(pt.GetProperty("billedAmount").GetDecimal() > 0, "The demo's fee schedule prices Chen's finalized evaluation.");
        Assert.Equal(0, pt.GetProperty("notPricedCount").GetInt32());

        var billing = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/notes/{noteId}/billing");
        Assert.All(billing.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("claimLines").EnumerateArray()),
            claimLine => Assert.Contains("-KX", claimLine.GetString(), StringComparison.Ordinal));
    }
}
