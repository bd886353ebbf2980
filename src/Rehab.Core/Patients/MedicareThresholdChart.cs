using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Common;
using Rehab.Core.Settings;
using static Rehab.Core.Billing.AmountText;

namespace Rehab.Core.Patients;

/// <summary>Which threshold alert the chart shows for a bucket.</summary>
public enum ThresholdChartAlertKind
{
    /// <summary>At or over <see cref="ThresholdEstimator.ApproachingShare"/> (80%) of the KX threshold; shown with the clinic's chart alert.</summary>
    ApproachingKx,
    /// <summary>The KX threshold is reached; shown with the clinic's chart alert.</summary>
    KxReached,
    /// <summary>At or over <see cref="MedicareThresholdChart.ReviewApproachingShare"/> (90%) of the targeted medical-review amount; shown with the review alert.</summary>
    ApproachingReview,
    /// <summary>The targeted medical-review amount is reached; shown with the review alert.</summary>
    ReviewReached,
}

public sealed record ThresholdChartAlert(TherapyBucket Bucket, ThresholdChartAlertKind Kind, string Message);

/// <summary>
/// One of the year's Medicare services and whether its line needs KX; lines are in date order, then in the order given.
/// A visit is a note (<see cref="BilledService.Visit"/>), or a date of service when the services do not say.
/// </summary>
/// <param name="Allowed">Units × the fee schedule's allowed amount; null when the schedule has no amount for the code.</param>
/// <param name="UsedThroughVisit">The bucket's used amount with every service of this visit counted.</param>
/// <param name="NeedsKx">The visit takes the bucket above the KX threshold (<see cref="ThresholdModifierRule.NeedsKx"/>).</param>
public sealed record ThresholdLine(BilledService Service, decimal? Allowed, decimal UsedThroughVisit, bool NeedsKx);

/// <summary>
/// The Medicare therapy threshold on a patient's chart for one calendar year: used, remaining and percent per bucket
/// (from <see cref="ThresholdEstimator"/>), the alerts the clinic's settings turn on, and which lines need KX. Amounts
/// are per calendar year (SSA §1833(g)): services and prior providers' amounts of other years are ignored, so
/// nothing has to be cleared in January.
/// </summary>
public sealed record MedicareThresholdChart(ThresholdEstimate Estimate, IReadOnlyList<ThresholdChartAlert> Alerts, IReadOnlyList<ThresholdLine> Lines)
{
    /// <summary>The share of the targeted medical-review amount at which the review alert starts: 90%.</summary>
    public const decimal ReviewApproachingShare = 0.90m;

    /// <param name="medicareServices">The patient's finalized Medicare therapy services, of any year, in the order they were finalized.</param>
    /// <param name="priorAmounts">Prior providers' amounts from the patient's Medicare policies, of any year; a year's entries are added up.</param>
    public static Decision<MedicareThresholdChart> For(int year, ClinicSettings clinic, FeeSchedule feeSchedule,
        IEnumerable<BilledService> medicareServices, IEnumerable<MedicarePriorAmounts> priorAmounts)
    {
        if (clinic.MedicareFeeSchedule is not { } setting)
            return Decision.Refuse<MedicareThresholdChart>([new("medicareFeeSchedule",
                "The clinic has not chosen its Medicare fee-schedule region and facility type (Clinic Settings, Medicare Fee Schedule), so services cannot be priced.",
                ProblemKind.Conflict)]);
        var services = medicareServices.Where(s => s.DateOfService.Year == year).ToList();
        var prior = priorAmounts.Where(p => p.Year == year).ToList();
        var estimate = ThresholdEstimator.Estimate(year, setting, feeSchedule, services,
            new PriorProviderAmount(year, prior.Sum(p => p.PhysicalAndSpeech), prior.Sum(p => p.Occupational)));
        if (estimate is not ThresholdEstimate priced)
            return Decision.Refuse<MedicareThresholdChart>([new("year", ((NoThresholdForYear)estimate).Explanation)]);

        var lines = new ThresholdLine[services.Count];
        foreach (var bucket in priced.Buckets)
        {
            var used = bucket.PriorAmount;
            var visits = services.Select((service, index) => (service, index)).Where(s => s.service.Bucket == bucket.Bucket)
                .GroupBy(s => (s.service.DateOfService, s.service.Visit)).OrderBy(v => v.Key.DateOfService).ThenBy(v => v.Min(s => s.index));
            foreach (var visit in visits)
            {
                var allowed = visit.Select(s => (s.service, s.index, amount: feeSchedule.AllowedFor(s.service, setting))).ToList();
                var visitAmount = allowed.Sum(a => a.amount ?? 0m);
                var needsKx = ThresholdModifierRule.NeedsKx(new TherapyYearToDate(used, visitAmount), priced.Thresholds);
                used += visitAmount;
                foreach (var a in allowed)
                    lines[a.index] = new ThresholdLine(a.service, a.amount, used, needsKx);
            }
        }
        return Decision.Allow(new MedicareThresholdChart(priced,
            [.. priced.Buckets.SelectMany(b => AlertsFor(b, year, clinic.ThresholdAlerts))],
            [.. lines.OrderBy(l => l.Service.DateOfService)]));
    }

    private static IEnumerable<ThresholdChartAlert> AlertsFor(BucketEstimate b, int year, MedicareThresholdAlerts shown)
    {
        var name = b.Bucket.ShortName();
        if (shown.ChartAlert && b.Alert >= ThresholdAlert.KxRequired)
            yield return new(b.Bucket, ThresholdChartAlertKind.KxReached,
                $"{name}: the {year} KX threshold of {Money(b.KxThreshold)} is reached ({Money(b.Used)} used). Further {name} lines carry the KX modifier, and the notes must show medical necessity.");
        else if (shown.ChartAlert && b.Alert == ThresholdAlert.Approaching)
            yield return new(b.Bucket, ThresholdChartAlertKind.ApproachingKx,
                $"{name}: {Money(b.Used)} of the {year} KX threshold of {Money(b.KxThreshold)} is used ({Percent(b.PercentOfThreshold)}); "
                + $"{Money(b.Remaining)} remains before {name} lines need the KX modifier.");

        if (shown.ReviewAmountAlert && b.Used >= b.TargetedReview)
            yield return new(b.Bucket, ThresholdChartAlertKind.ReviewReached,
                $"{name}: {Money(b.Used)} used, at or past the {Money(b.TargetedReview)} targeted medical-review amount. Medicare may review these claims: keep adding KX and make sure the notes show why therapy continues.");
        else if (shown.ReviewAmountAlert && b.Used >= b.TargetedReview * ReviewApproachingShare)
            yield return new(b.Bucket, ThresholdChartAlertKind.ApproachingReview,
                $"{name}: {Money(b.Used)} used, {Money(b.RemainingToTargetedReview)} short of the {Money(b.TargetedReview)} targeted medical-review amount.");
    }
}
