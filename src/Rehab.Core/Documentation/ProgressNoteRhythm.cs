using Rehab.Core.Billing;
using Rehab.Core.Cases;
using Rehab.Core.Common;

namespace Rehab.Core.Documentation;

/// <summary>A note of the patient's chart, from any case, with the discipline it documents.</summary>
public sealed record DisciplineNote(NoteSummary Note, Discipline Discipline);

/// <summary>What the chart and dashboard show about the next progress note in a discipline.</summary>
public enum ProgressNoteAlert
{
    None,
    /// <summary>The "10th visit" alert: a progress note is coming due.</summary>
    DueSoon,
    /// <summary>A progress note is required; Medicare cases may not start another Daily Note.</summary>
    Required,
}

/// <summary>Visits since the last evaluative note in one discipline, across the patient's cases, and the alert they call for.</summary>
/// <param name="LastEvaluation">The last finalized evaluative note in the discipline, or null when there is none.</param>
public sealed record ProgressNoteStatus(
    Discipline Discipline, int VisitsSinceEvaluation, NoteSummary? LastEvaluation, ProgressNoteAlert Alert, string Message);

/// <summary>
/// The progress-note rhythm (domain.md §5.5): finalized billable visits with charges since the last finalized
/// evaluative note, counted per patient and discipline across cases; at 8 the chart warns, after the 9th a Progress
/// Note is required, and a Medicare case cannot start a Daily Note until one is finalized.
/// </summary>
public static class ProgressNoteRhythm
{
    public const int AlertAt = 8;
    public const int RequiredAt = VisitCounters.MedicareProgressNoteDueAfter;

    // Pub. 100-02 Ch. 15 §220.3: a progress report at least once every 10 treatment days, the first day of treatment counting.
    private const string MedicareRule = "Medicare expects a progress report at least once every 10 treatment days, the evaluation's counting (Pub. 100-02 Ch. 15 §220.3)";

    /// <param name="patientNotes">The patient's notes from every case; notes of other disciplines are left out.</param>
    public static ProgressNoteStatus For(Discipline discipline, IEnumerable<DisciplineNote> patientNotes)
    {
        var (visits, last) = VisitCounters.SinceLastEvaluation(patientNotes.Where(n => n.Discipline == discipline).Select(n => n.Note));
        var alert = visits >= RequiredAt ? ProgressNoteAlert.Required
            : visits >= AlertAt ? ProgressNoteAlert.DueSoon
            : ProgressNoteAlert.None;
        var counted = $"{visits} {discipline} visit{(visits == 1 ? "" : "s")} "
            + (last is null ? "and no finalized evaluative note" : $"since the {last.Name}");
        var message = alert switch
        {
            ProgressNoteAlert.Required => $"{counted}: a Progress Note is required before the next Daily Note. {MedicareRule}.",
            ProgressNoteAlert.DueSoon => $"{counted}: a Progress Note is coming due. {MedicareRule}.",
            _ => counted + ".",
        };
        return new ProgressNoteStatus(discipline, visits, last, alert, message);
    }

    /// <summary>
    /// Starting a note of the type in the status's discipline: a Medicare case whose progress note is required may
    /// not start a Daily Note; every other note, and every case of other payers, may start (the alert still shows).
    /// </summary>
    /// <param name="medicareCase">A payer of the case is a Medicare type (<see cref="Settings.InsuranceTypes.IsMedicare"/>).</param>
    public static Decision MayStart(NoteType type, ProgressNoteStatus status, bool medicareCase) =>
        type == NoteType.DailyNote && medicareCase && status.Alert == ProgressNoteAlert.Required
            ? new Decision([new Problem("type",
                $"{status.Message} This is a Medicare case: finalize a Progress Note before starting another Daily Note.", ProblemKind.Conflict)])
            : Decision.Allowed;
}
