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

/// <summary>
/// Visits since the last evaluative note in one discipline, across the patient's cases, and the alert they call for.
/// </summary>
/// <param name="VisitsSinceEvaluation">Treatment days after the last evaluative note's day.</param>
/// <param name="LastEvaluation">The last finalized evaluative note in the discipline, or null when there is none.</param>
public sealed record ProgressNoteStatus(
    Discipline Discipline, int VisitsSinceEvaluation, NoteSummary? LastEvaluation, ProgressNoteAlert Alert,
        string Message)
{
    /// <summary>The treatment days after the last evaluative note's day.</summary>
    public IReadOnlyList<DateOnly> TreatmentDays { get; init; } = [];

    /// <summary>
    /// Which treatment day of the reporting period a visit on the date is: the evaluative note's day is day 1, and a
    /// date that already has a visit is that day again (Pub. 100-02 Ch. 15 §220.3).
    /// </summary>
    public int TreatmentDayOf(DateOnly dateOfService)
    {
        if (LastEvaluation is { } evaluation && dateOfService <= evaluation.DateOfService)
            return 1;
        var first = LastEvaluation is null ? 0 : 1;
        return first + TreatmentDays.Count(d => d < dateOfService) + 1;
    }
}

/// <summary>
/// The progress-note rhythm: treatment days (finalized billable visits with charges, two on one day counting once)
/// since the last finalized evaluative note, counted per patient and discipline across cases. Medicare needs the
/// progress report by the 10th treatment day, the evaluation's day being the first (Pub. 100-02 Ch. 15 §220.3; WebPT's
/// "after the 9th visit", domain.md §5.5, comes a day late): after 7 days the chart warns, after 8 a Progress Note is
/// required, and a Medicare case neither starts nor finalizes a Daily Note on the 10th day or later.
/// </summary>
public static class ProgressNoteRhythm
{
    public const int RequiredAt = VisitCounters.MedicareProgressNoteDueAfter;
    public const int AlertAt = RequiredAt - 1;
    public const int MedicareReportByDay = 10;

    // Pub. 100-02 Ch. 15 §220.3: a progress report at least once every 10 treatment days, the first day of treatment counting.
    private const string MedicareRule = "Medicare expects a progress report at least once every 10 treatment days, the evaluation's counting (Pub. 100-02 Ch. 15 §220.3)";

    /// <param name="patientNotes">The patient's notes from every case; notes of other disciplines are left out.</param>
    public static ProgressNoteStatus For(Discipline discipline, IEnumerable<DisciplineNote> patientNotes)
    {
        var (days, last) = VisitCounters.TreatmentDaysSinceLastEvaluation(
            patientNotes.Where(n => n.Discipline == discipline).Select(n => n.Note));
        var visits = days.Count;
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
        return new ProgressNoteStatus(discipline, visits, last, alert, message) { TreatmentDays = days };
    }

    /// <summary>
    /// Starting a note of the type, dated as given, in the status's discipline: on a Medicare case a Daily Note on the
    /// 10th treatment day or later is refused; every other note, and every case of other payers, may start (the alert
    /// still shows).
    /// </summary>
    /// <param name="medicareCase">A payer of the case is a Medicare type (<see cref="Settings.InsuranceTypes.IsMedicare"/>).</param>
    public static Decision MayStart(NoteType type, DateOnly dateOfService, ProgressNoteStatus status,
        bool medicareCase) =>
        Check(type, dateOfService, status, medicareCase, "type", "starting another Daily Note");

    /// <summary>
    /// Finalizing a draft as a visit on its date of service, the rhythm counted from the notes finalized by now: a
    /// draft started in time may be finalized only while its day is still before the 10th.
    /// </summary>
    public static Decision MayFinalize(NoteSummary note, ProgressNoteStatus status, bool medicareCase) =>
        Check(note.Type, note.DateOfService, status, medicareCase, "note", "finalizing another Daily Note");

    private static Decision Check(NoteType type, DateOnly dateOfService, ProgressNoteStatus status, bool medicareCase,
        string field, string action)
    {
        if (type != NoteType.DailyNote || !medicareCase)
            return Decision.Allowed;
        var day = status.TreatmentDayOf(dateOfService);
        if (day < MedicareReportByDay)
            return Decision.Allowed;
        return new Decision([new Problem(field,
            $"{status.Message} A Daily Note of {dateOfService:yyyy-MM-dd} would be treatment day {day}, and the " +
            $"progress report is due by day {MedicareReportByDay}. This is a Medicare case: finalize a Progress Note " +
            $"before {action}.", ProblemKind.Conflict)]);
    }
}
