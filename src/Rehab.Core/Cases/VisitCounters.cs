using Rehab.Core.Documentation;

namespace Rehab.Core.Cases;

/// <summary>
/// A case's visit counts, from its notes. A visit is a treatment day: a date of service with a finalized note of a
/// billable type that bills at least one code; two such notes on one day are one visit, and a note without charges,
/// or not yet finalized, is none.
/// </summary>
/// <param name="Visits">Treatment days on the case.</param>
/// <param name="VisitsSinceEvaluation">Treatment days after the day of the last finalized evaluative note (all when
/// there is none).</param>
/// <param name="AuthorizedVisits">Visits the authorization allows; null without an authorization.</param>
/// <param name="AuthorizedVisitsUsed">Treatment days the authorization covers; null without one.</param>
public sealed record VisitCounters(int Visits, int VisitsSinceEvaluation, int? AuthorizedVisits, int? AuthorizedVisitsUsed)
{
    /// <summary>
    /// Treatment days after the evaluative note's day at which Medicare's progress report falls due on the next one: it
    /// is needed by the 10th treatment day (Pub. 100-02 Ch. 15 §220.3), and the evaluation's day is the first of them.
    /// </summary>
    public const int MedicareProgressNoteDueAfter = 8;

    /// <summary>Authorized visits left; negative when more visits were made than authorized.</summary>
    public int? AuthorizedVisitsRemaining => AuthorizedVisits - AuthorizedVisitsUsed;

    /// <summary>For a Medicare case: the next visit needs a progress note.</summary>
    public bool MedicareProgressNoteDue => VisitsSinceEvaluation >= MedicareProgressNoteDueAfter;

    public static bool IsVisit(NoteSummary note) => note.IsFinalized && note.Type.IsBillable() && note.HasCharges;

    public static VisitCounters For(IEnumerable<NoteSummary> notes, AuthorizationDetails? authorization)
    {
        var list = notes.ToList();
        var days = list.Where(IsVisit).Select(v => v.DateOfService).Distinct().ToList();
        return new VisitCounters(
            days.Count,
            SinceLastEvaluation(list).Visits,
            authorization?.Visits,
            authorization is null ? null : days.Count(authorization.Covers));
    }

    /// <summary>
    /// The last finalized evaluative note, in order of date of service and then finalization, and the treatment days
    /// after its day (all when there is none).
    /// </summary>
    internal static (int Visits, NoteSummary? LastEvaluation) SinceLastEvaluation(IEnumerable<NoteSummary> notes)
    {
        var (days, last) = TreatmentDaysSinceLastEvaluation(notes);
        return (days.Count, last);
    }

    /// <summary>The treatment days after the last finalized evaluative note's day, in order, and that note.</summary>
    internal static (IReadOnlyList<DateOnly> Days, NoteSummary? LastEvaluation) TreatmentDaysSinceLastEvaluation(
        IEnumerable<NoteSummary> notes)
    {
        var inOrder = notes.Where(n => n.IsFinalized).OrderBy(n => n.DateOfService).ThenBy(n => n.FinalizedAt).ToList();
        var last = inOrder.FindLastIndex(n => n.Type.IsEvaluative());
        var evaluation = last < 0 ? null : inOrder[last];
        var days = inOrder.Skip(last + 1).Where(IsVisit).Select(n => n.DateOfService)
            .Where(d => evaluation is null || d > evaluation.DateOfService).Distinct().ToList();
        return (days, evaluation);
    }
}
