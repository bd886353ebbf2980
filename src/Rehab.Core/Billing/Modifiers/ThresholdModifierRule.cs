using static Rehab.Core.Billing.AmountText;

namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// KX on every therapy line of a bucket once the patient's Medicare allowed amounts for the year, this visit
/// included, are above the year's threshold (BBA 2018 §50202). A visit that takes the total from at or below
/// the threshold to above it needs KX on all its lines of the bucket: some of its amount is above, and the
/// order Medicare counts a claim's lines in is not the biller's to choose. A total exactly at the threshold
/// is not above it. Above the targeted medical-review amount the claim may be reviewed; KX stays.
/// </summary>
public static class ThresholdModifierRule
{
    public static bool NeedsKx(TherapyYearToDate yearToDate, MedicareTherapyThreshold threshold) =>
        yearToDate.WithThisVisit > threshold.KxThreshold;

    public static bool PassesTargetedReview(TherapyYearToDate yearToDate, MedicareTherapyThreshold threshold) =>
        yearToDate.WithThisVisit > threshold.TargetedReview;

    internal static void Apply(ModifierRequest request, IReadOnlyList<LineDraft> lines, List<string> visitWarnings)
    {
        if (!request.Payer.AppliesTherapyThreshold)
            return;
        var year = request.DateOfService.Year;
        foreach (var bucket in lines.Where(l => l.IsBilled).GroupBy(l => TherapyBuckets.Of(l.Line.Discipline)).OrderBy(g => g.Key))
        {
            var name = Name(bucket.Key);
            var threshold = MedicareTherapyThreshold.For(year);
            if (threshold is null)
            {
                visitWarnings.Add($"KX not decided for {name}: the therapy threshold table has no amounts for {year}.");
                continue;
            }
            if (request.YearToDate?.GetValueOrDefault(bucket.Key) is not { } yearToDate)
            {
                visitWarnings.Add($"KX not decided for {name}: the patient's Medicare allowed amount for {year} is not known.");
                continue;
            }
            var total = $"{name} allowed amounts for {year} come to {Money(yearToDate.WithThisVisit)} with this visit";
            if (NeedsKx(yearToDate, threshold))
            {
                foreach (var line in bucket)
                    line.Add(Modifier.KX, $"KX: {total}, above the {year} threshold of {Money(threshold.KxThreshold)} " +
                        "(BBA 2018 §50202). The note must show the services are medically necessary.");
            }
            else
            {
                foreach (var line in bucket)
                    line.Explanations.Add($"No KX: {total}, within the {year} threshold of {Money(threshold.KxThreshold)}.");
            }
            if (PassesTargetedReview(yearToDate, threshold))
                visitWarnings.Add($"{total}, above the {Money(threshold.TargetedReview)} targeted medical review amount: " +
                    "Medicare may review this claim. Keep KX and make sure the notes show medical necessity.");
        }
    }

    private static string Name(TherapyBucket bucket) =>
        bucket == TherapyBucket.Occupational ? "OT" : "PT and SLP (combined)";
}
