using Rehab.Core.Documentation;

namespace Rehab.Core.Cases;

/// <summary>
/// A case's visit counts, from its notes. A visit is a finalized note of a billable type that bills at least one
/// code; a note without charges, or not yet finalized, is not one.
/// </summary>
/// <param name="Visits">Visits on the case.</param>
/// <param name="VisitsSinceEvaluation">Visits after the last finalized evaluative note (all visits when there is none).</param>
/// <param name="AuthorizedVisits">Visits the authorization allows; null without an authorization.</param>
/// <param name="AuthorizedVisitsUsed">Visits whose date of service the authorization covers; null without one.</param>
public sealed record VisitCounters(int Visits, int VisitsSinceEvaluation, int? AuthorizedVisits, int? AuthorizedVisitsUsed)
{
    /// <summary>
    /// Visits since the last evaluative note at which Medicare's progress report falls due: it is needed at least
    /// once every 10 treatment days (Pub. 100-02 Ch. 15 §220.3), and the evaluation's visit is the first of them.
    /// </summary>
    public const int MedicareProgressNoteDueAfter = 9;

    /// <summary>Authorized visits left; negative when more visits were made than authorized.</summary>
    public int? AuthorizedVisitsRemaining => AuthorizedVisits - AuthorizedVisitsUsed;

    /// <summary>For a Medicare case: the next visit needs a progress note.</summary>
    public bool MedicareProgressNoteDue => VisitsSinceEvaluation >= MedicareProgressNoteDueAfter;

    public static bool IsVisit(NoteSummary note) => note.IsFinalized && note.Type.IsBillable() && note.HasCharges;

    public static VisitCounters For(IEnumerable<NoteSummary> notes, AuthorizationDetails? authorization)
    {
        var list = notes.ToList();
        var visits = list.Where(IsVisit).ToList();
        return new VisitCounters(
            visits.Count,
            SinceLastEvaluation(list).Visits,
            authorization?.Visits,
            authorization is null ? null : visits.Count(v => authorization.Covers(v.DateOfService)));
    }

    /// <summary>
    /// The last finalized evaluative note, in order of date of service and then finalization, and the visits after it
    /// (all visits when there is none).
    /// </summary>
    internal static (int Visits, NoteSummary? LastEvaluation) SinceLastEvaluation(IEnumerable<NoteSummary> notes)
    {
        var inOrder = notes.Where(n => n.IsFinalized).OrderBy(n => n.DateOfService).ThenBy(n => n.FinalizedAt).ToList();
        var last = inOrder.FindLastIndex(n => n.Type.IsEvaluative());
        return (inOrder.Skip(last + 1).Count(IsVisit), last < 0 ? null : inOrder[last]);
    }
}
