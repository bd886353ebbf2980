using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using static Rehab.Core.Tests.Billing.Threshold.Fees;

namespace Rehab.Core.Tests.Billing.Threshold;

// Threshold amounts: billing-rules.md §5 (CMS therapy services page; KX $2,410 in 2025, $2,480 in 2026;
// targeted medical review $3,000 per bucket). Buckets: PT+SLP combined, OT separate (§4.2, BBA 2018 §50202).
public sealed class ThresholdEstimatorTests
{
    private static PriorProviderAmount PtSlp(decimal amount, int year = 2026) => new(year, amount, 0m);

    [Fact]
    public void Under_the_2026_threshold_no_alert_and_the_rest_remains()
    {
        var estimate = Estimate([Service("97110", 6, Discipline.PT), Service("97140", 4, Discipline.PT, day: 5), Service("97161", 1, Discipline.PT)]);

        var pt = estimate.Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal(392m, pt.BilledAmount); // 6 × 30 + 4 × 28 + 1 × 100
        Assert.Equal(392m, pt.Used);
        Assert.Equal(2480m, pt.KxThreshold);
        Assert.Equal(2088m, pt.Remaining);
        Assert.Equal(15.8m, pt.PercentOfThreshold); // 15.806…% rounded down
        Assert.Equal(ThresholdAlert.None, pt.Alert);
        Assert.Equal("PT/SLP: an estimated $392.00 of the 2026 KX threshold of $2,480.00 is used (15.8%). "
            + "$2,088.00 remains before PT/SLP services need the KX modifier.", pt.Explanation);
    }

    [Fact]
    public void Nothing_billed_and_nothing_prior_is_zero_used()
    {
        var estimate = Estimate([]);
        Assert.All(estimate.Buckets, b =>
        {
            Assert.Equal(0m, b.Used);
            Assert.Equal(2480m, b.Remaining);
            Assert.Equal(0m, b.PercentOfThreshold);
            Assert.Equal(ThresholdAlert.None, b.Alert);
        });
    }

    [Theory]
    [InlineData("1983.99", ThresholdAlert.None)]
    [InlineData("1984.00", ThresholdAlert.Approaching)] // 80% of $2,480
    [InlineData("2479.99", ThresholdAlert.Approaching)]
    public void Approaching_starts_at_80_percent_of_the_2026_kx_threshold(string used, ThresholdAlert expected)
    {
        var pt = Estimate([], PtSlp(decimal.Parse(used, System.Globalization.CultureInfo.InvariantCulture))).Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal(expected, pt.Alert);
    }

    [Fact]
    public void Approaching_names_what_remains_and_the_kx_modifier()
    {
        var pt = Estimate([Service("97110", 10, Discipline.PT)], PtSlp(1900m)).Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal(ThresholdAlert.Approaching, pt.Alert);
        Assert.Equal(280m, pt.Remaining);
        Assert.Equal("PT/SLP: an estimated $2,200.00 of the 2026 KX threshold of $2,480.00 is used (88.7%), $1,900.00 of it by prior providers. "
            + "Approaching the threshold: $280.00 remains. PT/SLP services past it need the KX modifier and documented medical necessity.", pt.Explanation);
    }

    [Fact]
    public void Crossing_the_2026_kx_threshold_of_2480_requires_kx()
    {
        // $2,460 before this visit; 2 units of 97110 at $30 bring it to $2,520, past $2,480 (§5, CY 2026).
        var pt = Estimate([Service("97110", 2, Discipline.PT)], PtSlp(2460m)).Bucket(TherapyBucket.PhysicalAndSpeech);

        Assert.Equal(2520m, pt.Used);
        Assert.Equal(0m, pt.Remaining);
        Assert.Equal(101.6m, pt.PercentOfThreshold);
        Assert.Equal(ThresholdAlert.KxRequired, pt.Alert);
        Assert.Equal(480m, pt.RemainingToTargetedReview);
        Assert.Contains("needs the KX modifier", pt.Explanation, StringComparison.Ordinal);
        Assert.Contains("$480.00 remains before the $3,000.00 targeted medical-review amount", pt.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Reaching_the_kx_threshold_exactly_requires_kx_for_what_follows()
    {
        var pt = Estimate([], PtSlp(2480m)).Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal(0m, pt.Remaining);
        Assert.Equal(100.0m, pt.PercentOfThreshold);
        Assert.Equal(ThresholdAlert.KxRequired, pt.Alert);
    }

    [Fact]
    public void A_cent_short_of_the_threshold_shows_99_9_percent_not_100()
    {
        var pt = Estimate([], PtSlp(2479.99m)).Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal(99.9m, pt.PercentOfThreshold);
        Assert.Equal(0.01m, pt.Remaining);
    }

    [Theory]
    [InlineData(2025, ThresholdAlert.KxRequired)] // KX threshold $2,410 in CY 2025 (§5)
    [InlineData(2026, ThresholdAlert.Approaching)] // $2,480 in CY 2026 (§5)
    public void The_year_of_service_picks_the_threshold(int year, ThresholdAlert expected)
    {
        var estimate = Estimate([Service("97110", 15, Discipline.PT, year)], PtSlp(2000m, year), year);
        var pt = estimate.Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal(2450m, pt.Used);
        Assert.Equal(MedicareTherapyThreshold.For(year)!.KxThreshold, pt.KxThreshold);
        Assert.Equal(expected, pt.Alert);
    }

    [Theory]
    [InlineData(2018, 2010)]
    [InlineData(2019, 2040)]
    [InlineData(2020, 2080)]
    [InlineData(2021, 2110)]
    [InlineData(2022, 2150)]
    [InlineData(2023, 2230)]
    [InlineData(2024, 2330)]
    [InlineData(2025, 2410)]
    [InlineData(2026, 2480)]
    public void Each_year_estimates_against_its_cms_kx_threshold(int year, int kx)
    {
        var estimate = Estimate([Service("97110", 1, Discipline.PT, year)], year: year);
        Assert.All(estimate.Buckets, b => Assert.Equal(kx, b.KxThreshold));
        Assert.All(estimate.Buckets, b => Assert.Equal(3000m, b.TargetedReview));
    }

    [Fact]
    public void Crossing_3000_calls_for_the_targeted_review_warning()
    {
        // $2,950 before; 2 units of 97112 at $35 → $3,020, past the $3,000 targeted medical-review amount (§5).
        var pt = Estimate([Service("97112", 2, Discipline.PT)], PtSlp(2950m)).Bucket(TherapyBucket.PhysicalAndSpeech);

        Assert.Equal(3020m, pt.Used);
        Assert.Equal(ThresholdAlert.TargetedReview, pt.Alert);
        Assert.Equal(0m, pt.RemainingToTargetedReview);
        Assert.Contains("$3,000.00 targeted medical-review amount is reached", pt.Explanation, StringComparison.Ordinal);
        Assert.Contains("keep adding the KX modifier", pt.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2999.99", ThresholdAlert.KxRequired)]
    [InlineData("3000.00", ThresholdAlert.TargetedReview)]
    public void Targeted_review_starts_at_3000(string used, ThresholdAlert expected)
    {
        var pt = Estimate([], PtSlp(decimal.Parse(used, System.Globalization.CultureInfo.InvariantCulture))).Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal(expected, pt.Alert);
    }

    [Fact]
    public void PT_and_SLP_share_one_threshold_and_OT_has_its_own()
    {
        var estimate = Estimate([
            Service("97110", 40, Discipline.PT),      // $1,200
            Service("92521", 10, Discipline.SLP),     // $1,000
            Service("97530", 20, Discipline.OT),      // $700
        ]);

        var ptSlp = estimate.Bucket(TherapyBucket.PhysicalAndSpeech);
        var ot = estimate.Bucket(TherapyBucket.Occupational);
        Assert.Equal(2200m, ptSlp.Used);
        Assert.Equal(ThresholdAlert.Approaching, ptSlp.Alert);
        Assert.Equal(700m, ot.Used);
        Assert.Equal(1780m, ot.Remaining);
        Assert.Equal(ThresholdAlert.None, ot.Alert);
        Assert.StartsWith("OT: an estimated $700.00", ot.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_code_counts_toward_the_bucket_of_its_plan_of_care_discipline()
    {
        // 97530 under a PT plan of care counts toward PT/SLP; under an OT plan toward OT.
        var estimate = Estimate([Service("97530", 4, Discipline.PT), Service("97530", 2, Discipline.OT)]);
        Assert.Equal(140m, estimate.Bucket(TherapyBucket.PhysicalAndSpeech).Used);
        Assert.Equal(70m, estimate.Bucket(TherapyBucket.Occupational).Used);
    }

    [Fact]
    public void Prior_providers_amounts_count_toward_each_bucket()
    {
        // The thresholds are per beneficiary across all providers (§4.2), so other providers' spending counts.
        var estimate = Estimate(
            [Service("97110", 10, Discipline.PT), Service("97165", 1, Discipline.OT)],
            new PriorProviderAmount(2026, PhysicalAndSpeech: 2250m, Occupational: 400m));

        var ptSlp = estimate.Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal(2250m, ptSlp.PriorAmount);
        Assert.Equal(300m, ptSlp.BilledAmount);
        Assert.Equal(2550m, ptSlp.Used);
        Assert.Equal(ThresholdAlert.KxRequired, ptSlp.Alert);
        Assert.Contains("$2,250.00 of it by prior providers", ptSlp.Explanation, StringComparison.Ordinal);

        var ot = estimate.Bucket(TherapyBucket.Occupational);
        Assert.Equal(400m, ot.PriorAmount);
        Assert.Equal(500m, ot.Used);
    }

    [Fact]
    public void Prior_amounts_of_another_year_are_refused()
    {
        // Prior amounts are per calendar year; last year's must not carry into this one.
        var e = Assert.Throws<ArgumentException>(() =>
            ThresholdEstimator.Estimate(2026, PrivatePractice, Standard, [], new PriorProviderAmount(2025, 500m, 0m)));
        Assert.Contains("2025, not 2026", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_prior_amounts_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PriorProviderAmount(2026, -1m, 0m));

    [Fact]
    public void Codes_missing_from_the_fee_schedule_are_reported_as_not_priced_not_counted_as_zero()
    {
        var unpriced = Service("97750", 2, Discipline.PT, day: 9);
        var estimate = Estimate([Service("97110", 4, Discipline.PT), unpriced, Service("97535", 1, Discipline.OT, day: 10)]);

        Assert.Equal(2, estimate.NotPriced.Count);
        Assert.Equal(unpriced, estimate.NotPriced[0].Service);
        Assert.Equal("97750 on 2026-03-09 has no 2026 allowed amount in the fee schedule for carrier 01112, locality 05, non-institutional.",
            estimate.NotPriced[0].Reason);

        var pt = estimate.Bucket(TherapyBucket.PhysicalAndSpeech);
        Assert.Equal(120m, pt.Used);
        Assert.Equal(1, pt.NotPricedCount);
        Assert.EndsWith("1 service has no amount in the fee schedule and is not counted, so the amount used is low.", pt.Explanation, StringComparison.Ordinal);
        Assert.Equal(1, estimate.Bucket(TherapyBucket.Occupational).NotPricedCount);
    }

    [Fact]
    public void A_code_priced_for_another_year_only_is_not_priced()
    {
        var schedule = new FeeSchedule([new FeeScheduleEntry(2025, Code("97110"), Metro, FacilityType.NonInstitutional, 30m)]);
        var estimate = Estimate([Service("97110", 3, Discipline.PT)], schedule: schedule);
        Assert.Single(estimate.NotPriced);
        Assert.Equal(0m, estimate.Bucket(TherapyBucket.PhysicalAndSpeech).Used);
    }

    [Fact]
    public void A_code_the_schedule_prices_at_zero_is_priced_not_missing()
    {
        // 97010 is bundled for Medicare (§3): an allowed amount of $0.00 is a price.
        var estimate = Estimate([Service("97010", 1, Discipline.PT)]);
        Assert.Empty(estimate.NotPriced);
        Assert.Equal(0m, estimate.Bucket(TherapyBucket.PhysicalAndSpeech).Used);
    }

    [Theory]
    [InlineData("01112", "05", FacilityType.NonInstitutional, 30.00)]
    [InlineData("01112", "05", FacilityType.Institutional, 28.50)]
    [InlineData("09102", "99", FacilityType.NonInstitutional, 26.00)]
    [InlineData("09102", "99", FacilityType.Institutional, 24.75)]
    public void The_clinics_locality_and_facility_type_pick_the_amount(string carrier, string locality, FacilityType facilityType, decimal perUnit)
    {
        var schedule = new FeeSchedule([
            new FeeScheduleEntry(2026, Code("97110"), Metro, FacilityType.NonInstitutional, 30.00m),
            new FeeScheduleEntry(2026, Code("97110"), Metro, FacilityType.Institutional, 28.50m),
            new FeeScheduleEntry(2026, Code("97110"), RestOfState, FacilityType.NonInstitutional, 26.00m),
            new FeeScheduleEntry(2026, Code("97110"), RestOfState, FacilityType.Institutional, 24.75m),
        ]);
        var setting = new MedicareFeeScheduleSetting(FeeScheduleLocality.Create(carrier, locality), facilityType);

        var estimate = Estimate([Service("97110", 4, Discipline.PT)], schedule: schedule, setting: setting);

        Assert.Equal(4 * perUnit, estimate.Bucket(TherapyBucket.PhysicalAndSpeech).Used);
        Assert.Equal(setting, estimate.Setting);
    }

    [Fact]
    public void A_locality_the_schedule_lacks_leaves_every_service_not_priced()
    {
        var elsewhere = new MedicareFeeScheduleSetting(FeeScheduleLocality.Create("13202", "01"), FacilityType.NonInstitutional);
        var estimate = Estimate([Service("97110", 2, Discipline.PT), Service("97530", 2, Discipline.OT)], setting: elsewhere);
        Assert.Equal(2, estimate.NotPriced.Count);
        Assert.All(estimate.Buckets, b => Assert.Equal(0m, b.Used));
    }

    [Theory]
    [InlineData(2017)]
    [InlineData(2027)]
    public void A_year_without_a_cms_threshold_gives_no_estimate_and_says_why(int year)
    {
        var result = ThresholdEstimator.Estimate(year, PrivatePractice, Standard, [Service("97110", 2, Discipline.PT, year)]);
        var none = Assert.IsType<NoThresholdForYear>(result);
        Assert.Equal(year, none.Year);
        Assert.Equal($"No estimate for {year}: the Medicare therapy threshold table covers 2018 to 2026. "
            + $"The {year} amounts have to be added from CMS's therapy services page first.", none.Explanation);
    }

    [Fact]
    public void Services_of_another_year_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            ThresholdEstimator.Estimate(2026, PrivatePractice, Standard, [Service("97110", 2, Discipline.PT, 2025, 12, 31)]));
        Assert.Contains("97110 on 2025-12-31 is not in 2026", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_of_another_clinic_is_priced_at_that_clinics_setting_and_the_caveat_says_so()
    {
        var elsewhere = new MedicareFeeScheduleSetting(RestOfState, FacilityType.NonInstitutional);
        var schedule = new FeeSchedule([.. Standard.Entries, new FeeScheduleEntry(2026, Code("97110"), RestOfState, FacilityType.NonInstitutional, 45m)]);

        var estimate = Estimate([Service("97110", 2, Discipline.PT), Service("97110", 2, Discipline.PT) with { PricedAt = elsewhere }], schedule: schedule);

        Assert.Equal(2 * 30m + 2 * 45m, estimate.Bucket(TherapyBucket.PhysicalAndSpeech).BilledAmount);
        Assert.Contains("services of other clinics at theirs: carrier 09102, locality 99, non-institutional", estimate.Caveat, StringComparison.Ordinal);
    }

    [Fact]
    public void The_result_says_it_is_an_estimate_and_from_which_setting()
    {
        var estimate = Estimate([Service("97110", 1, Discipline.PT)]);
        Assert.StartsWith("An estimate, not Medicare's count:", estimate.Caveat, StringComparison.Ordinal);
        Assert.Contains("2026 fee-schedule amounts for carrier 01112, locality 05, non-institutional", estimate.Caveat, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_units_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Service("97110", -1, Discipline.PT));

    [Fact]
    public void A_fee_schedule_with_the_same_code_twice_for_one_year_locality_and_facility_type_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new FeeSchedule([
            new FeeScheduleEntry(2026, Code("97110"), Metro, FacilityType.NonInstitutional, 30m),
            new FeeScheduleEntry(2026, Code("97110"), Metro, FacilityType.NonInstitutional, 31m),
        ]));
        Assert.Contains("97110 for 2026, carrier 01112, locality 05, non-institutional more than once", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_allowed_amount_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeeScheduleEntry(2026, Code("97110"), Metro, FacilityType.NonInstitutional, -0.01m));

    [Theory]
    [InlineData("01112", "05", "01112", "05")]
    [InlineData("1112", "5", "01112", "05")]
    [InlineData(" 09102 ", "99", "09102", "99")]
    public void Localities_keep_cms_leading_zeros(string carrier, string locality, string expectedCarrier, string expectedLocality)
    {
        Assert.True(FeeScheduleLocality.TryCreate(carrier, locality, out var l));
        Assert.Equal(expectedCarrier, l.CarrierNumber);
        Assert.Equal(expectedLocality, l.LocalityNumber);
        Assert.Equal(FeeScheduleLocality.Create(expectedCarrier, expectedLocality), l);
    }

    [Theory]
    [InlineData("011120", "05")]
    [InlineData("01112", "100")]
    [InlineData("0111A", "05")]
    [InlineData("", "05")]
    [InlineData("01112", null)]
    public void Localities_refuse_anything_but_cms_numbers(string? carrier, string? locality) =>
        Assert.False(FeeScheduleLocality.TryCreate(carrier, locality, out _));
}
