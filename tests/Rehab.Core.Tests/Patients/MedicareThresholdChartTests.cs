using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Common;
using Rehab.Core.Patients;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Billing.Threshold.Fees;

namespace Rehab.Core.Tests.Patients;

// KX thresholds $2,410 (2025) and $2,480 (2026), targeted medical review $3,000, per bucket and calendar year
// (billing-rules.md §4.2, §5). Fee amounts are the made-up round ones of Fees.Standard: 97110 $30, 97140 $28, 97530 $35.
public sealed class MedicareThresholdChartTests
{
    private static readonly ClinicSettings Clinic = new() { MedicareFeeSchedule = PrivatePractice };

    private static MedicareThresholdChart Chart(int year, IEnumerable<BilledService> services, IEnumerable<MedicarePriorAmounts>? prior = null, ClinicSettings? clinic = null)
    {
        var decision = MedicareThresholdChart.For(year, clinic ?? Clinic, Standard, services, prior ?? []);
        Assert.True(decision.IsAllowed, string.Join(" ", decision.Problems.Select(p => p.Message)));
        return decision.Value!;
    }

    private static MedicarePriorAmounts Prior(int year, decimal ptSlp, decimal ot = 0m) => new(year, ptSlp, ot);

    [Fact]
    public void Each_calendar_year_counts_its_own_services_and_prior_amounts_so_january_needs_no_clearing()
    {
        var prior = new[] { Prior(2025, 2300m), Prior(2026, 500m, 150m) };
        var services = new[]
        {
            Service("97110", 4, Discipline.PT, year: 2025, month: 12, day: 15),
            Service("97110", 2, Discipline.PT, year: 2026, month: 1, day: 5),
            Service("97530", 1, Discipline.OT, year: 2026, month: 1, day: 6),
        };

        var december = Chart(2025, services, prior);
        var ptSlp2025 = december.Estimate.Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal((2300m, 120m, 2420m, 0m), (ptSlp2025.PriorAmount, ptSlp2025.BilledAmount, ptSlp2025.Used, ptSlp2025.Remaining));
        Assert.Equal([(services[0], true)], december.Lines.Select(l => (l.Service, l.NeedsKx))); // $2,420 is above 2025's $2,410
        Assert.Equal([ThresholdChartAlertKind.KxReached], december.Alerts.Select(a => a.Kind));

        var january = Chart(2026, services, prior);
        var ptSlp = january.Estimate.Bucket(TherapyBucket.PhysicalAndSpeech);
        var ot = january.Estimate.Bucket(TherapyBucket.Occupational);
        Assert.Equal((500m, 60m, 560m, 1920m, 22.5m), (ptSlp.PriorAmount, ptSlp.BilledAmount, ptSlp.Used, ptSlp.Remaining, ptSlp.PercentOfThreshold));
        Assert.Equal((150m, 35m, 185m), (ot.PriorAmount, ot.BilledAmount, ot.Used));
        Assert.Equal([services[1], services[2]], january.Lines.Select(l => l.Service));
        Assert.All(january.Lines, l => Assert.False(l.NeedsKx));
        Assert.Empty(january.Alerts);
    }

    [Fact]
    public void Without_prior_amounts_for_the_year_the_year_starts_at_zero()
    {
        var chart = Chart(2026, [Service("97110", 2, Discipline.PT, month: 1, day: 5)], [Prior(2025, 2300m)]);

        Assert.Equal(60m, chart.Estimate.Bucket(TherapyBucket.PhysicalAndSpeech).Used);
    }

    [Fact]
    public void Prior_amounts_entered_on_two_policies_for_the_year_are_added()
    {
        var chart = Chart(2026, [], [Prior(2026, 400m, 100m), Prior(2026, 250m, 0m)]);

        Assert.Equal((650m, 100m), (chart.Estimate.Bucket(TherapyBucket.PhysicalAndSpeech).Used, chart.Estimate.Bucket(TherapyBucket.Occupational).Used));
    }

    [Fact]
    public void Lines_need_kx_from_the_visit_that_takes_the_bucket_above_the_threshold()
    {
        var services = new[]
        {
            Service("97110", 2, Discipline.PT, day: 2),  // $2,460
            Service("97110", 1, Discipline.PT, day: 5),  // with 97140 the visit adds $58: $2,518, above $2,480
            Service("97140", 1, Discipline.PT, day: 5),
            Service("97530", 2, Discipline.OT, day: 5),  // OT is its own bucket
            Service("97110", 1, Discipline.SLP, day: 9), // SLP shares the PT bucket: $2,548
        };

        var chart = Chart(2026, services, [Prior(2026, 2400m)]);

        Assert.Equal(
        [
            (services[0], 60m, 2460m, false),
            (services[1], 30m, 2518m, true),
            (services[2], 28m, 2518m, true),
            (services[3], 70m, 70m, false),
            (services[4], 30m, 2548m, true),
        ], chart.Lines.Select(l => (l.Service, l.Allowed!.Value, l.UsedThroughVisit, l.NeedsKx)));
    }

    [Fact]
    public void Two_notes_on_one_date_are_two_visits_each_deciding_its_own_kx_as_billed()
    {
        var morning = Guid.NewGuid();
        var afternoon = Guid.NewGuid();
        var services = new[]
        {
            Service("97110", 2, Discipline.PT, day: 5) with { Visit = morning },     // $2,460: within
            Service("97140", 1, Discipline.PT, day: 5) with { Visit = afternoon },   // $2,488: this note passes $2,480
        };

        var chart = Chart(2026, services, [Prior(2026, 2400m)]);

        Assert.Equal([(2460m, false), (2488m, true)], chart.Lines.Select(l => (l.UsedThroughVisit, l.NeedsKx)));
        // without notes named, the date is one visit and both lines need KX
        Assert.All(Chart(2026, [.. services.Select(s => s with { Visit = null })], [Prior(2026, 2400m)]).Lines, l => Assert.True(l.NeedsKx));
    }

    [Fact]
    public void Reaching_the_threshold_exactly_needs_no_kx_but_the_next_visit_does()
    {
        var services = new[] { Service("97110", 2, Discipline.PT, day: 2), Service("97110", 1, Discipline.PT, day: 3) };

        var chart = Chart(2026, services, [Prior(2026, 2420m)]);

        Assert.Equal([false, true], chart.Lines.Select(l => l.NeedsKx));
    }

    [Fact]
    public void A_service_the_fee_schedule_does_not_price_adds_nothing_and_shows_no_amount()
    {
        var chart = Chart(2026, [Service("97750", 2, Discipline.PT), Service("97110", 1, Discipline.PT)]);

        Assert.Equal([null, 30m], chart.Lines.Select(l => l.Allowed));
        Assert.Equal(1, chart.Estimate.Bucket(TherapyBucket.PhysicalAndSpeech).NotPricedCount);
    }

    [Fact]
    public void Approaching_is_80_percent_of_the_kx_threshold()
    {
        var alert = Assert.Single(Chart(2026, [], [Prior(2026, 2000m)]).Alerts);

        Assert.Equal(new ThresholdChartAlert(TherapyBucket.PhysicalAndSpeech, ThresholdChartAlertKind.ApproachingKx,
            "PT/SLP: $2,000.00 of the 2026 KX threshold of $2,480.00 is used (80.6%); $480.00 remains before PT/SLP lines need the KX modifier."), alert);
        Assert.Empty(Chart(2026, [], [Prior(2026, 1983.99m)]).Alerts);
    }

    [Fact]
    public void The_review_alert_starts_at_90_percent_of_3000_and_warns_past_it()
    {
        var near = Chart(2026, [], [Prior(2026, 0m, 2750m)]).Alerts;
        Assert.Equal([ThresholdChartAlertKind.KxReached, ThresholdChartAlertKind.ApproachingReview], near.Select(a => a.Kind));
        Assert.All(near, a => Assert.Equal(TherapyBucket.Occupational, a.Bucket));
        Assert.Equal("OT: $2,750.00 used, $250.00 short of the $3,000.00 targeted medical-review amount.", near[1].Message);
        Assert.Equal("OT: the 2026 KX threshold of $2,480.00 is reached ($2,750.00 used). Further OT lines carry the KX modifier, and the notes must show medical necessity.",
            near[0].Message);

        var past = Chart(2026, [Service("97530", 2, Discipline.OT)], [Prior(2026, 0m, 2990m)]).Alerts;
        Assert.Equal([ThresholdChartAlertKind.KxReached, ThresholdChartAlertKind.ReviewReached], past.Select(a => a.Kind));
        Assert.StartsWith("OT: $3,060.00 used, at or past the $3,000.00 targeted medical-review amount.", past[1].Message, StringComparison.Ordinal);
        Assert.Single(Chart(2026, [], [Prior(2026, 0m, 2699.99m)]).Alerts);
    }

    [Theory]
    [InlineData(true, true, new[] { ThresholdChartAlertKind.KxReached, ThresholdChartAlertKind.ReviewReached })]
    [InlineData(false, true, new[] { ThresholdChartAlertKind.ReviewReached })]
    [InlineData(true, false, new[] { ThresholdChartAlertKind.KxReached })]
    [InlineData(false, false, new ThresholdChartAlertKind[0])]
    public void The_clinic_s_alert_settings_choose_the_alerts_but_kx_lines_are_always_marked(bool chart, bool review, ThresholdChartAlertKind[] kinds)
    {
        var clinic = Clinic with { ThresholdAlerts = new MedicareThresholdAlerts(chart, review, SchedulerDisplay: true) };

        var result = Chart(2026, [Service("97110", 2, Discipline.PT)], [Prior(2026, 3100m)], clinic);

        Assert.Equal(kinds, result.Alerts.Select(a => a.Kind));
        Assert.True(Assert.Single(result.Lines).NeedsKx);
    }

    [Fact]
    public void Without_the_clinic_s_fee_schedule_region_there_is_no_estimate()
    {
        var decision = MedicareThresholdChart.For(2026, new ClinicSettings(), Standard, [], []);

        Assert.Equal([new Problem("medicareFeeSchedule",
            "The clinic has not chosen its Medicare fee-schedule region and facility type (Clinic Settings, Medicare Fee Schedule), so services cannot be priced.",
            ProblemKind.Conflict)], decision.Problems);
    }

    [Fact]
    public void A_year_without_threshold_amounts_is_refused_with_the_estimator_s_reason()
    {
        var problem = Assert.Single(MedicareThresholdChart.For(2030, Clinic, Standard, [], []).Problems);

        Assert.Equal("year", problem.Field);
        Assert.StartsWith("No estimate for 2030: the Medicare therapy threshold table covers 2018 to 2026.", problem.Message, StringComparison.Ordinal);
    }
}
