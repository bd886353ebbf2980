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

    /// <returns>The buckets whose KX could not be decided and were not attested.</returns>
    internal static IReadOnlyList<KxUndecided> Apply(ModifierRequest request, IReadOnlyList<LineDraft> lines,
        List<string> visitWarnings)
    {
        var undecided = new List<KxUndecided>();
        if (!request.Payer.AppliesTherapyThreshold)
            return undecided;
        var year = request.DateOfService.Year;
        var buckets = lines.Where(l => l.IsBilled).GroupBy(l => TherapyBuckets.Of(l.Line.Discipline))
            .OrderBy(g => g.Key);
        foreach (var bucket in buckets)
        {
            var name = Name(bucket.Key);
            var threshold = MedicareTherapyThreshold.For(year);
            var yearToDate = request.YearToDate?.GetValueOrDefault(bucket.Key);
            var total = yearToDate is null ? null
                : $"{name} allowed amounts for {year} come to {Money(yearToDate.WithThisVisit)} with this visit";
            if (threshold is null || yearToDate is null
                || (yearToDate.NotPriced.Count > 0 && !NeedsKx(yearToDate, threshold)))
            {
                var why = threshold is null ? $"the therapy threshold table has no amounts for {year}; " +
                        "the year's thresholds come with an update of Rehab EMR."
                    : yearToDate is null ? $"the patient's Medicare allowed amount for {year} is not known."
                    : $"{total}, within the {year} threshold of {Money(threshold.KxThreshold)}, but " +
                      $"{string.Join("; ", yearToDate.NotPriced)}.";
                var notDecided = new KxUndecided(bucket.Key, why);
                if (request.KxAttestation is { } attestation)
                    Attest(attestation, bucket, notDecided);
                else
                {
                    undecided.Add(notDecided);
                    visitWarnings.Add(notDecided.Message);
                }
                continue;
            }
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
        return undecided;
    }

    private static void Attest(KxAttestation attestation, IEnumerable<LineDraft> bucket, KxUndecided undecided)
    {
        var why = $"{attestation.Describe()} (the engine could not decide: {undecided.WhatToFix})";
        foreach (var line in bucket)
        {
            if (attestation.Applies)
                line.Add(Modifier.KX, $"KX: {why}");
            else
                line.Explanations.Add($"No KX: {why}");
        }
    }

    internal static string Name(TherapyBucket bucket) =>
        bucket == TherapyBucket.Occupational ? "OT" : "PT and SLP (combined)";
}
