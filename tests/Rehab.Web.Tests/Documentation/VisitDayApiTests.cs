using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>
/// The day, not the note: a second note of the patient's day bills against the day's finalized notes (Pub. 100-04
/// Ch. 5 §20.2; NCCI PTP edits per patient, provider and day); finalizing stores the claim lines, payer billed
/// included, and the Medicare threshold reads them. The tests import a fee schedule and change a case's payer, so they
/// have a database of their own.
/// </summary>
public sealed class VisitDayApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string FeeSchedule = "year,code,carrier_number,locality,facility_type,allowed_amount\n" +
                                       "2026,97110,03102,00,non-institutional,31.00\n";

    private static readonly DateOnly Day = new(2026, 3, 4);

    private static async Task<TestCase> MedicareCaseAsync(RehabAppFactory app, string payer = "Medicare Part B")
    {
        var @case = await app.AddCaseAsync(primaryPayer: payer);
        await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation,
            NoteStatus.Finalized, Day.AddDays(-2));
        return @case;
    }

    private static async Task<JsonElement> NoteOnAsync(HttpClient api, Guid caseId, object[] charges,
        DateOnly? on = null)
    {
        var note = await ExpectAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes",
            new { type = "DailyNote", dateOfService = on ?? Day }), HttpStatusCode.Created);
        return await SaveAsync(api, note, charges, totalTreatmentMinutes: 30);
    }

    // Whether the clinic's fee schedule prices a code depends on what other tests imported: KX is attested, and the
    // attestation counts only where the engine cannot decide KX itself.
    private static Task<HttpResponseMessage> FinalizeAsync(HttpClient api, Guid noteId) =>
        api.PostAsJsonAsync($"/api/v1/notes/{noteId}/finalize",
            new { kxAttestation = new { applies = false, reason = "Within the threshold by the Medicare summary." } });

    private static object Charge(string code, int minutes, bool separateBlockOrRegion = false,
        int? assistantMinutes = null, string[]? chosenModifiers = null) =>
        new
        {
            code, minutes, assistantMinutes, dateOfService = Day, separateBlockOrRegion,
            chosenModifiers = chosenModifiers ?? [],
        };

    private static IEnumerable<string> ClaimLines(JsonElement billing) =>
        billing.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("claimLines").EnumerateArray())
            .Select(c => c.GetString()!);

    private static IEnumerable<string> DayWarnings(JsonElement billing) =>
        billing.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("warnings").EnumerateArray())
            .Select(w => w.GetString()!);

    [Theory, Providers]
    public async Task Two_daily_notes_of_10_minutes_97110_on_one_day_bill_one_unit_not_two(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var @case = await MedicareCaseAsync(app);
        var first = await NoteOnAsync(therapist, @case.CaseId, [Charge("97110", 10)]);
        await ExpectAsync(await FinalizeAsync(therapist, Id(first)), HttpStatusCode.OK);

        var second = await NoteOnAsync(therapist, @case.CaseId, [Charge("97110", 10)]);
        var live = await BillingAsync(therapist, Id(second));
        Assert.Equal(0, live.GetProperty("totalUnits").GetInt32());
        Assert.Equal(0, live.GetProperty("lines")[0].GetProperty("units").GetInt32());
        Assert.Contains("already billed on Daily Note of 2026-03-04",
            live.GetProperty("lines")[0].GetProperty("explanation").GetString());
        var day = live.GetProperty("days")[0];
        Assert.Equal((1, 1, 20), (day.GetProperty("totalUnits").GetInt32(),
            day.GetProperty("unitsBilledBefore").GetInt32(), day.GetProperty("timedMinutes").GetInt32()));
        Assert.Contains(DayWarnings(live), w => w.Contains("already has a visit on 2026-03-04"));

        // a draft of the day is not billed yet: it changes nothing for the finalized note's day
        var draft = await NoteOnAsync(therapist, @case.CaseId, [Charge("97110", 10)]);
        Assert.Equal(0, (await BillingAsync(therapist, Id(draft))).GetProperty("totalUnits").GetInt32());
        await ExpectAsync(await FinalizeAsync(therapist, Id(second)), HttpStatusCode.OK);
        var billed = await BillingAsync(therapist, Id(second));
        Assert.Equal(0, billed.GetProperty("totalUnits").GetInt32());
        Assert.Empty(billed.GetProperty("claim").EnumerateArray());
        Assert.Equal(["97110-GP ×1"], ClaimLines(await BillingAsync(therapist, Id(first))));
    }

    // MLN1783722: 97140 and 97530 on the same day are an NCCI pair whichever notes they are on
    [Theory, Providers]
    public async Task Ncci_pair_split_over_two_notes_of_the_day_does_not_escape_the_edit(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var @case = await MedicareCaseAsync(app);
        var first = await NoteOnAsync(therapist, @case.CaseId, [Charge("97140", 15)]);
        await ExpectAsync(await FinalizeAsync(therapist, Id(first)), HttpStatusCode.OK);

        var second = await NoteOnAsync(therapist, @case.CaseId, [Charge("97530", 15)]);
        // MLN1783722: without the attestation and a chosen modifier the column-2 code is not billed
        var withheld = (await BillingAsync(therapist, Id(second))).GetProperty("lines")[0];
        Assert.Equal(0, withheld.GetProperty("units").GetInt32());
        Assert.Contains(withheld.GetProperty("modifierExplanations").EnumerateArray(),
            r => r.GetString()!.Contains("NCCI pairs it with 97140"));

        second = await SaveAsync(therapist, await GetAsync(therapist, Id(second)),
            [Charge("97530", 15, separateBlockOrRegion: true, chosenModifiers: ["59"])], 30);
        Assert.Equal(["97530-GP-59 ×1"], ClaimLines(await BillingAsync(therapist, Id(second))));
        await ExpectAsync(await FinalizeAsync(therapist, Id(second)), HttpStatusCode.OK);
        Assert.Equal(["97530-GP-59 ×1"], ClaimLines(await BillingAsync(therapist, Id(second))));
    }

    // 86 FR 64996: 2 units whose remaining minutes are 12 the therapist's and 11 the assistant's: one with CQ, one
    // without
    [Theory, Providers]
    public async Task Finalized_note_returns_its_stored_claim_lines_with_the_cq_split_payer_and_clinician(
        string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var @case = await MedicareCaseAsync(app);
        var note = await NoteOnAsync(therapist, @case.CaseId, [Charge("97110", 23, assistantMinutes: 11)]);
        await ExpectAsync(await FinalizeAsync(therapist, Id(note)), HttpStatusCode.OK);

        var billed = await BillingAsync(therapist, Id(note));
        Assert.Equal("finalized", billed.GetProperty("source").GetString());
        Assert.Equal(["97110-GP-CQ ×1", "97110-GP ×1"], ClaimLines(billed));
        var claim = billed.GetProperty("claim").EnumerateArray().ToList();
        Assert.Equal([["GP", "CQ"], ["GP"]],
            claim.Select(c => c.GetProperty("modifiers").EnumerateArray().Select(m => m.GetString()!).ToArray()));
        Assert.All(claim, c =>
        {
            Assert.Equal(1, c.GetProperty("units").GetInt32());
            Assert.Equal("97110", c.GetProperty("code").GetString());
            Assert.Equal("Medicare Part B", c.GetProperty("payerName").GetString());
            Assert.Equal("Medicare", c.GetProperty("payerType").GetString());
            Assert.Equal("PT", c.GetProperty("discipline").GetString());
            Assert.Equal(0, c.GetProperty("chargeIndex").GetInt32());
        });
        var therapistId = await app.UserIdAsync("therapist");
        Assert.All(claim, c => Assert.Equal(therapistId, c.GetProperty("renderingClinicianId").GetGuid()));

        var rows = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().ClaimLines
            .IgnoreQueryFilters().Where(c => c.NoteId == Id(note)).OrderBy(c => c.Position).Select(c => c.Modifiers)
            .ToListAsync());
        Assert.Equal(["GP,CQ", "GP"], rows);
    }

    [Theory, Providers]
    public async Task Changing_the_case_payer_after_finalized_medicare_visits_keeps_them_in_the_medicare_total(
        string provider)
    {
        var app = apps[provider];
        await app.ImportFeeScheduleAsync(FeeSchedule);
        var therapist = await app.ClientForAsync("therapist");
        var medicare = await MedicareCaseAsync(app);
        var visit = await NoteOnAsync(therapist, medicare.CaseId, [Charge("97110", 30)]);
        await ExpectAsync(await FinalizeAsync(therapist, Id(visit)), HttpStatusCode.OK);
        // the converse: a visit billed to Aetna that later becomes a Medicare case was not billed to Medicare
        var aetna = await MedicareCaseAsync(app, payer: "Aetna PPO");
        var commercial = await NoteOnAsync(therapist, aetna.CaseId, [Charge("97110", 30)]);
        await ExpectAsync(await FinalizeAsync(therapist, Id(commercial)), HttpStatusCode.OK);

        async Task<decimal> BilledAsync(Guid patientId) =>
            (await therapist.GetFromJsonAsync<JsonElement>(
                $"/api/v1/patients/{patientId}/medicare-threshold?year=2026"))
            .GetProperty("buckets").EnumerateArray()
            .Single(b => b.GetProperty("bucket").GetString() == "PhysicalAndSpeech")
            .GetProperty("billedAmount").GetDecimal();
        Assert.Equal(62m, await BilledAsync(medicare.PatientId));   // 2 × $31
        Assert.Equal(0m, await BilledAsync(aetna.PatientId));

        await SwapPrimaryPayersAsync(app, medicare, aetna);

        Assert.Equal(62m, await BilledAsync(medicare.PatientId));
        Assert.Equal(0m, await BilledAsync(aetna.PatientId));
    }

    /// <summary>
    /// Each case's primary payer becomes the other's: a new policy of the other payer for the case's patient.
    /// </summary>
    private static Task SwapPrimaryPayersAsync(RehabAppFactory app, TestCase first, TestCase second) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var policies = await db.Policies.IgnoreQueryFilters()
                .Where(p => p.Id == first.PrimaryPolicyId || p.Id == second.PrimaryPolicyId)
                .ToDictionaryAsync(p => p.Id);
            foreach (var (@case, other) in new[] { (first, second), (second, first) })
            {
                var stored = await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == @case.CaseId);
                var policy = new Rehab.Data.Patients.Policy
                {
                    CompanyId = stored.CompanyId, PatientId = stored.PatientId,
                    PayerId = policies[other.PrimaryPolicyId].PayerId, MemberId = "SWAP1",
                };
                db.Policies.Add(policy);
                stored.PrimaryPolicyId = policy.Id;
                db.Policies.Remove(policies[@case.PrimaryPolicyId]);
            }
            return await db.SaveChangesAsync();
        });
}
