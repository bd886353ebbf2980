using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Documentation;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Patients;

public sealed class MedicareThresholdApiTests(Apps apps) : IClassFixture<Apps>
{
    // The demo's Phoenix Central prices Medicare with locality 03102-00, non-institutional; Denver Highlands has no locality.
    private const string FeeSchedule = "year,code,carrier_number,locality,facility_type,allowed_amount\n" +
                                       "2025,97110,03102,00,non-institutional,30.00\n" +
                                       "2026,97110,03102,00,non-institutional,31.00\n" +
                                       "2025,97110,03102,00,institutional,99.00\n";

    /// <summary>A finalized note with one charge line billed with the units.</summary>
    private static Task AddChargedNoteAsync(RehabAppFactory app, TestCase c, DateOnly on, string code, int units, NoteStatus status = NoteStatus.Finalized) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var stored = await db.Cases.IgnoreQueryFilters().SingleAsync(x => x.Id == c.CaseId);
            var now = DateTimeOffset.UtcNow;
            var note = new Note
            {
                CompanyId = stored.CompanyId, ClinicId = stored.ClinicId, PatientId = stored.PatientId, CaseId = stored.Id, Type = NoteType.DailyNote,
                Status = status, DateOfService = on, AuthorId = stored.AssignedTherapistId, CreatedAt = now, UpdatedAt = now,
                FinalizedAt = status == NoteStatus.Finalized ? now : null,
            };
            var line = ChargeLine.From(note, 0, new ChargeLineDraft(code, units * 15, on));
            if (status == NoteStatus.Finalized)
                line.BilledUnits = units;
            note.Charges.Add(line);
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            return 0;
        });

    private static JsonElement Bucket(JsonElement threshold, string name) =>
        threshold.GetProperty("buckets").EnumerateArray().Single(b => b.GetProperty("bucket").GetString() == name);

    [Theory, Providers]
    public async Task Threshold_is_per_calendar_year_with_prior_amounts_and_KX_from_the_visit_that_passes_it(string provider)
    {
        var app = apps[provider];
        await app.ImportFeeScheduleAsync(FeeSchedule);
        var medicare = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        await app.SetPriorAmountsAsync(medicare.PrimaryPolicyId,
            """[{"year":2025,"physicalAndSpeech":2000,"occupational":100},{"year":2026,"physicalAndSpeech":500,"occupational":0}]""");
        await AddChargedNoteAsync(app, medicare, new DateOnly(2025, 12, 30), "97110", 4);   // $120: $2,120 of $2,410
        await AddChargedNoteAsync(app, medicare, new DateOnly(2025, 12, 31), "97110", 10);  // $300: $2,420, past the threshold
        await AddChargedNoteAsync(app, medicare, new DateOnly(2026, 1, 2), "97110", 2);     // $62 in the new year
        await AddChargedNoteAsync(app, medicare, new DateOnly(2025, 12, 29), "97110", 50, NoteStatus.Draft);  // not finalized: not counted

        // another case of the same patient under a commercial payer is not Medicare's
        var commercial = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var stored = await db.Cases.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == medicare.CaseId);
            var aetna = await db.Payers.IgnoreQueryFilters().Where(p => p.CompanyId == stored.CompanyId && p.Name == "Aetna PPO").Select(p => p.Id).SingleAsync();
            var policy = new Rehab.Data.Patients.Policy { CompanyId = stored.CompanyId, PatientId = stored.PatientId, PayerId = aetna, MemberId = "A1" };
            var @case = new Rehab.Data.Cases.Case
            {
                CompanyId = stored.CompanyId, ClinicId = stored.ClinicId, PatientId = stored.PatientId, Title = "Shoulder", PrimaryPolicyId = policy.Id,
                PlaceOfService = "11", AssignedTherapistId = stored.AssignedTherapistId, TreatingDiagnoses = "M54.50",
                Status = Core.Cases.CaseStatus.Active, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Policies.Add(policy);
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            return new TestCase(stored.PatientId, @case.Id, stored.ClinicId, policy.Id, null);
        });
        await AddChargedNoteAsync(app, commercial, new DateOnly(2025, 12, 30), "97110", 20);

        var api = await app.ClientForAsync("therapist");
        var y2025 = await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{medicare.PatientId}/medicare-threshold?year=2025");
        var pt = Bucket(y2025, "PhysicalAndSpeech");
        Assert.Equal(2000m, pt.GetProperty("priorAmount").GetDecimal());
        Assert.Equal(420m, pt.GetProperty("billedAmount").GetDecimal());
        Assert.Equal(2420m, pt.GetProperty("used").GetDecimal());
        Assert.Equal(2410m, pt.GetProperty("kxThreshold").GetDecimal());
        Assert.Equal(0m, pt.GetProperty("remaining").GetDecimal());
        Assert.Equal(100m, Bucket(y2025, "Occupational").GetProperty("used").GetDecimal());
        var lines = y2025.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([(new DateOnly(2025, 12, 30), false, 120m), (new DateOnly(2025, 12, 31), true, 300m)],
            lines.Select(l => (DateOnly.Parse(l.GetProperty("dateOfService").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                l.GetProperty("needsKx").GetBoolean(), l.GetProperty("allowed").GetDecimal())));
        var alerts = y2025.GetProperty("alerts").EnumerateArray().ToList();
        Assert.Contains(alerts, a => a.GetProperty("bucket").GetString() == "PhysicalAndSpeech" && a.GetProperty("kind").GetString() == "KxReached");

        var y2026 = await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{medicare.PatientId}/medicare-threshold?year=2026");
        var pt2026 = Bucket(y2026, "PhysicalAndSpeech");
        Assert.Equal((500m, 62m, 562m, 2480m, 1918m),
            (pt2026.GetProperty("priorAmount").GetDecimal(), pt2026.GetProperty("billedAmount").GetDecimal(), pt2026.GetProperty("used").GetDecimal(),
                pt2026.GetProperty("kxThreshold").GetDecimal(), pt2026.GetProperty("remaining").GetDecimal()));
        Assert.False(Assert.Single(y2026.GetProperty("lines").EnumerateArray()).GetProperty("needsKx").GetBoolean());
        Assert.Empty(y2026.GetProperty("alerts").EnumerateArray());

        // the read is audited against the patient
        var audited = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.Action == Rehab.Core.Audit.AuditAction.Read && a.PatientId == medicare.PatientId));
        Assert.True(audited);

        // the chart shows it, with the clinic's chart alert
        var page = await PageClient.SignInAsync(app, "therapist");
        var chart = await page.Http.GetStringAsync($"/Patients/{medicare.PatientId}?thresholdYear=2025");
        Assert.Contains("Medicare therapy threshold", chart);
        Assert.Contains("$2,420.00", chart);
        Assert.Contains("KX threshold of $2,410.00 is reached", chart);

        // ... unless the clinic turned the chart alert off
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var row = await db.ClinicSettings.IgnoreQueryFilters().SingleAsync(s => s.ClinicId == medicare.ClinicId);
            row.ThresholdChartAlert = false;
            return await db.SaveChangesAsync();
        });
        var quiet = await page.Http.GetStringAsync($"/Patients/{medicare.PatientId}?thresholdYear=2025");
        Assert.Contains("$2,420.00", quiet);
        Assert.DoesNotContain("KX threshold of $2,410.00 is reached", quiet);
    }

    [Theory, Providers]
    public async Task A_clinic_without_a_fee_schedule_locality_answers_409_and_a_bad_year_400(string provider)
    {
        var app = apps[provider];
        var denver = await app.AddCaseAsync(clinic: "Denver Highlands", primaryPayer: "Medicare Part B");
        var api = await app.ClientForAsync("therapist");
        var response = await api.GetAsync($"/api/v1/patients/{denver.PatientId}/medicare-threshold?year=2026");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("fee-schedule", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var phoenix = await app.AddCaseAsync(primaryPayer: "Medicare Part B");
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await api.GetAsync($"/api/v1/patients/{phoenix.PatientId}/medicare-threshold?year=2010")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/patients/{Guid.NewGuid()}/medicare-threshold")).StatusCode);
    }
}
