using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using static Rehab.Core.Tests.Billing.Threshold.Fees;

namespace Rehab.Core.Tests.Billing.Threshold;

public sealed class ThresholdEstimatorPropertyTests
{
    private static readonly string[] PricedCodes = ["97110", "97112", "97140", "97530", "97161", "97165", "92521", "97010"];
    private static readonly string[] AllCodes = [.. PricedCodes, "97750", "97535"];

    private sealed record Case(int Year, FeeSchedule Schedule, List<BilledService> Services, PriorProviderAmount Prior);

    private static Gen<decimal> Cents(int max) => Gen.Choose(0, max).Select(c => c / 100m);

    private static Gen<BilledService> ServiceIn(int year) =>
        from code in Gen.Elements(AllCodes)
        from units in Gen.Choose(0, 8)
        from discipline in Gen.Elements(Discipline.PT, Discipline.OT, Discipline.SLP)
        from day in Gen.Choose(0, 364)
        select new BilledService(new DateOnly(year, 1, 1).AddDays(day), Code(code), units, discipline);

    private static readonly Gen<Case> Cases =
        from year in Gen.Choose(2018, 2026)
        from amounts in Gen.ArrayOf(Cents(15_000), PricedCodes.Length)
        from services in Gen.ListOf(ServiceIn(year))
        from ptSlp in Cents(400_000)
        from ot in Cents(400_000)
        select new Case(
            year,
            new FeeSchedule(PricedCodes.Select((c, i) => new FeeScheduleEntry(year, Code(c), Metro, FacilityType.NonInstitutional, amounts[i]))),
            [.. services],
            new PriorProviderAmount(year, ptSlp, ot));

    private static ThresholdEstimate Run(Case c, IEnumerable<BilledService>? services = null) =>
        Assert.IsType<ThresholdEstimate>(ThresholdEstimator.Estimate(c.Year, PrivatePractice, c.Schedule, services ?? c.Services, c.Prior));

    [Property]
    public Property Used_is_prior_plus_units_times_allowed_amount_of_the_priced_services() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var estimate = Run(c);
            return estimate.Buckets.All(b =>
            {
                var billed = c.Services
                    .Where(s => s.Bucket == b.Bucket)
                    .Sum(s => s.Units * (c.Schedule.AllowedAmount(c.Year, s.Code, Metro, FacilityType.NonInstitutional) ?? 0m));
                return b.BilledAmount == billed && b.Used == c.Prior.For(b.Bucket) + billed;
            });
        });

    [Property]
    public Property Remaining_is_the_threshold_less_used_and_never_below_zero() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var threshold = MedicareTherapyThreshold.For(c.Year)!;
            return Run(c).Buckets.All(b =>
                b.Remaining == Math.Max(0m, threshold.KxThreshold - b.Used)
                && b.RemainingToTargetedReview == Math.Max(0m, threshold.TargetedReview - b.Used)
                && b.PercentOfThreshold <= b.Used * 100m / threshold.KxThreshold
                && b.Used * 100m / threshold.KxThreshold - b.PercentOfThreshold < 0.1m);
        });

    [Property]
    public Property Every_service_is_either_priced_or_reported_as_not_priced() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var estimate = Run(c);
            var unpriced = c.Services.Where(s => c.Schedule.AllowedAmount(c.Year, s.Code, Metro, FacilityType.NonInstitutional) is null).ToList();
            return estimate.NotPriced.Select(n => n.Service).SequenceEqual(unpriced)
                && estimate.Buckets.Sum(b => b.NotPricedCount) == unpriced.Count;
        });

    [Property]
    public Property Adding_a_service_never_lowers_used_nor_the_alert() =>
        Prop.ForAll(Cases.SelectMany(c => ServiceIn(c.Year).Select(s => (c, s))).ToArbitrary(), t =>
        {
            var before = Run(t.c);
            var after = Run(t.c, [.. t.c.Services, t.s]);
            return before.Buckets.Zip(after.Buckets).All(p => p.Second.Used >= p.First.Used && p.Second.Alert >= p.First.Alert);
        });

    [Property]
    public Property Service_order_does_not_change_the_buckets() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var forward = Run(c);
            var backward = Run(c, Enumerable.Reverse(c.Services));
            return forward.Buckets.SequenceEqual(backward.Buckets);
        });
}
