namespace Rehab.Core.Outcomes;

/// <summary>A patient's 0–10 recommend answer on a survey occasion: the date of service of the surveys.</summary>
public sealed record RecommendAnswer(Guid PatientId, DateOnly Occasion, DateTimeOffset RecordedAt, int Answer)
{
    /// <summary>
    /// One answer per patient per occasion, the last recorded: the recommend question rides on every instrument of a
    /// visit, yet NPS asks each patient once (domain.md §6.4).
    /// </summary>
    public static IEnumerable<int> OnePerOccasion(IEnumerable<RecommendAnswer> answers) =>
        answers.GroupBy(a => (a.PatientId, a.Occasion))
            .Select(g => g.OrderBy(a => a.RecordedAt).Last().Answer);
}
