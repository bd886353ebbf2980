namespace Rehab.Core.Billing;

/// <summary>
/// Medicare's per-beneficiary, per-calendar-year therapy amounts: above the KX threshold every therapy
/// line needs KX (BBA 2018 §50202); above the targeted medical-review amount claims may be reviewed.
/// One amount applies to PT and SLP combined, the same amount separately to OT.
/// </summary>
public sealed record MedicareTherapyThreshold(int Year, decimal KxThreshold, decimal TargetedReview)
{
    public static readonly IReadOnlyList<MedicareTherapyThreshold> Table =
    [
        new(2018, 2010m, 3000m),
        new(2019, 2040m, 3000m),
        new(2020, 2080m, 3000m),
        new(2021, 2110m, 3000m),
        new(2022, 2150m, 3000m),
        new(2023, 2230m, 3000m),
        new(2024, 2330m, 3000m),
        new(2025, 2410m, 3000m),
        new(2026, 2480m, 3000m),
    ];

    /// <summary>The amounts of a calendar year, or null when the year is not in the table.</summary>
    public static MedicareTherapyThreshold? For(int year) => Table.FirstOrDefault(t => t.Year == year);
}

/// <summary>The Medicare threshold a discipline's services count toward.</summary>
public enum TherapyBucket
{
    /// <summary>Physical therapy and speech-language pathology, combined.</summary>
    PhysicalAndSpeech,
    /// <summary>Occupational therapy.</summary>
    Occupational,
}

public static class TherapyBuckets
{
    public static TherapyBucket Of(Discipline discipline) =>
        discipline == Discipline.OT ? TherapyBucket.Occupational : TherapyBucket.PhysicalAndSpeech;

    /// <summary>The bucket as the chart names it: "PT/SLP" or "OT".</summary>
    public static string ShortName(this TherapyBucket bucket) => bucket == TherapyBucket.Occupational ? "OT" : "PT/SLP";
}
