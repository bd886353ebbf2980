using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Documentation;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>
/// KX on Medicare notes from the patient's year so far: prior providers' amounts and finalized Medicare charges, priced
/// with the fee schedule of the clinic that provided them. The tests import fee schedules and change clinic settings, so
/// they have a database of their own.
/// </summary>
public sealed class MedicareKxApiTests(Apps apps) : IClassFixture<Apps>
{
    // Phoenix Central prices Medicare at 03102-00, non-institutional; Denver Highlands is given 04112-01 here.
    private const string FeeSchedule = "year,code,carrier_number,locality,facility_type,allowed_amount\n" +
                                       "2025,97110,03102,00,non-institutional,30.00\n" +
                                       "2026,97110,03102,00,non-institutional,31.00\n" +
                                       "2026,97110,04112,01,non-institutional,40.00\n";

    /// <summary>An evaluated Medicare case whose notes are dated in 2026, so the 2026 threshold applies whatever the date today.</summary>
    private static async Task<TestCase> EvaluatedCaseAsync(RehabAppFactory app, string clinic = "Phoenix Central")
    {
        var @case = await app.AddCaseAsync(clinic, primaryPayer: "Medicare Part B");
        await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation, NoteStatus.Finalized, new DateOnly(2026, 3, 2));
        return @case;
    }

    private static async Task<JsonElement> StartOnAsync(HttpClient api, Guid caseId, DateOnly on) =>
        await ExpectAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { type = "DailyNote", dateOfService = on }), HttpStatusCode.Created);

    private static IReadOnlyList<string> ClaimLines(JsonElement billing) =>
        [.. billing.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("claimLines").EnumerateArray()).Select(c => c.GetString()!)];

    private static string Explanations(JsonElement billing) =>
        string.Join(" ", billing.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("modifierExplanations").EnumerateArray()).Select(e => e.GetString()));

    private static string Warnings(JsonElement billing) =>
        string.Join(" ", billing.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("warnings").EnumerateArray()).Select(w => w.GetString()));

    [Theory, Providers]
    public async Task A_visit_that_takes_the_year_past_the_threshold_gets_KX_and_last_years_amounts_do_not_count(string provider)
    {
        var app = apps[provider];
        await app.ImportFeeScheduleAsync(FeeSchedule);
        var therapist = await app.ClientForAsync("therapist");
        var @case = await EvaluatedCaseAsync(app);
        // a whole year's worth in 2025 is not carried into 2026
        await app.SetPriorAmountsAsync(@case.PrimaryPolicyId,
            """[{"year":2025,"physicalAndSpeech":5000,"occupational":0},{"year":2026,"physicalAndSpeech":2400,"occupational":0}]""");

        var first = await StartOnAsync(therapist, @case.CaseId, new DateOnly(2026, 3, 4));
        await SaveAsync(therapist, first, [Charge("97110", 30)], totalTreatmentMinutes: 30);
        var within = await BillingAsync(therapist, Id(first));
        Assert.Equal(["97110-GP ×2"], ClaimLines(within));   // $2,400 + 2 × $31 = $2,462, within $2,480
        Assert.Contains("No KX", Explanations(within));
        await ExpectAsync(await FinalizeAsync(therapist, Id(first)), HttpStatusCode.OK);

        // the finalized visit now counts: a second note the same day passes $2,480
        var second = await StartOnAsync(therapist, @case.CaseId, new DateOnly(2026, 3, 4));
        await SaveAsync(therapist, second, [Charge("97110", 30)], totalTreatmentMinutes: 30);
        var past = await BillingAsync(therapist, Id(second));
        Assert.Equal(["97110-GP-KX ×2"], ClaimLines(past));
        Assert.Contains("$2,524.00", Explanations(past));
        await ExpectAsync(await FinalizeAsync(therapist, Id(second)), HttpStatusCode.OK);
        var stored = await GetAsync(therapist, Id(second));
        Assert.Contains("KX", stored.GetProperty("charges")[0].GetProperty("billedModifiers").EnumerateArray().Select(m => m.GetString()));

        // the chart's threshold agrees line by line: each note is its own visit, as it was billed
        var threshold = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{@case.PatientId}/medicare-threshold?year=2026");
        Assert.Equal([false, true], threshold.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("needsKx").GetBoolean()));
    }

    [Theory, Providers]
    public async Task Services_are_priced_at_the_clinic_that_provided_them_and_a_clinic_without_a_locality_leaves_KX_undecided(string provider)
    {
        var app = apps[provider];
        await app.ImportFeeScheduleAsync(FeeSchedule);
        var therapist = await app.ClientForAsync("therapist");
        var phoenix = await EvaluatedCaseAsync(app);

        // the same patient is also treated in Denver, under the same Medicare policy
        var denverCaseId = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var home = await db.Cases.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == phoenix.CaseId);
            var denver = await db.Clinics.IgnoreQueryFilters().SingleAsync(c => c.CompanyId == home.CompanyId && c.Name == "Denver Highlands");
            var @case = new Rehab.Data.Cases.Case
            {
                CompanyId = home.CompanyId, ClinicId = denver.Id, PatientId = home.PatientId, Title = "Shoulder", PrimaryPolicyId = home.PrimaryPolicyId,
                PlaceOfService = "11", AssignedTherapistId = home.AssignedTherapistId, TreatingDiagnoses = "M54.50",
                Status = Rehab.Core.Cases.CaseStatus.Active, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            return @case.Id;
        });
        await app.AddNoteAsync(denverCaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation, NoteStatus.Finalized, new DateOnly(2026, 3, 2));

        var denverNote = await StartOnAsync(therapist, denverCaseId, new DateOnly(2026, 3, 4));
        await SaveAsync(therapist, denverNote, [Charge("97110", 30)], totalTreatmentMinutes: 30);
        var undecided = await BillingAsync(therapist, Id(denverNote));
        Assert.Equal(["97110-GP ×2"], ClaimLines(undecided));
        Assert.Contains("KX not decided", Warnings(undecided));

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var denverId = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == denverCaseId).Select(c => c.ClinicId).SingleAsync();
            var row = await db.ClinicSettings.IgnoreQueryFilters().SingleAsync(s => s.ClinicId == denverId);
            row.MedicareCarrierNumber = "04112";
            row.MedicareLocalityNumber = "01";
            row.MedicareFacilityType = FacilityType.NonInstitutional;
            return await db.SaveChangesAsync();
        });
        var decided = await BillingAsync(therapist, Id(denverNote));
        Assert.DoesNotContain("KX not decided", Warnings(decided));
        Assert.Contains("$80.00", Explanations(decided));
        await ExpectAsync(await FinalizeAsync(therapist, Id(denverNote)), HttpStatusCode.OK);

        // the chart prices the Denver visit at Denver's $40, not the patient's Phoenix $31
        var threshold = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{phoenix.PatientId}/medicare-threshold?year=2026");
        var line = Assert.Single(threshold.GetProperty("lines").EnumerateArray());
        Assert.Equal(80m, line.GetProperty("allowed").GetDecimal());
        Assert.Contains("04112", threshold.GetProperty("caveat").GetString());
    }
}
