using Rehab.Core.Billing;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

// domain.md §5.5: per patient and discipline, across cases; alert at 8 visits since the last evaluative note, a
// Progress Note required after the 9th, and for Medicare no Daily Note until it is finalized.
public sealed class ProgressNoteRhythmTests
{
    private static readonly DateOnly Start = new(2026, 2, 2);

    private static DisciplineNote Pt(NoteType type, int day, bool charges = true) => new(Finalized(type, Start.AddDays(day), charges), Discipline.PT);

    private static DisciplineNote Ot(NoteType type, int day) => new(Finalized(type, Start.AddDays(day)), Discipline.OT);

    private static List<DisciplineNote> EvaluationAndDailyNotes(int dailyNotes) =>
        [Pt(NoteType.InitialEvaluation, 0), .. Enumerable.Range(1, dailyNotes).Select(d => Pt(NoteType.DailyNote, d))];

    [Fact]
    public void Visits_on_every_case_count_since_the_last_evaluative_note_of_any_case()
    {
        // Case A: IE and three daily notes; case B opens with its IE on day 4; then daily notes on both cases.
        var caseA = new[] { Pt(NoteType.InitialEvaluation, 0), Pt(NoteType.DailyNote, 1), Pt(NoteType.DailyNote, 2), Pt(NoteType.DailyNote, 3), Pt(NoteType.DailyNote, 5), Pt(NoteType.DailyNote, 6) };
        var caseB = new[] { Pt(NoteType.InitialEvaluation, 4), Pt(NoteType.DailyNote, 7), Pt(NoteType.DailyNote, 8), Pt(NoteType.DailyNote, 9) };

        var status = ProgressNoteRhythm.For(Discipline.PT, [.. caseA, .. caseB]);

        Assert.Equal(5, status.VisitsSinceEvaluation);
        Assert.Equal(caseB[0].Note, status.LastEvaluation);
        Assert.Equal("5 PT visits since the Initial Evaluation of 2026-02-06.", status.Message);
    }

    [Fact]
    public void Another_discipline_s_notes_neither_count_nor_restart_the_count()
    {
        var notes = EvaluationAndDailyNotes(6);
        notes.AddRange([Ot(NoteType.InitialEvaluation, 7), Ot(NoteType.DailyNote, 8), Ot(NoteType.DailyNote, 9)]);

        Assert.Equal(6, ProgressNoteRhythm.For(Discipline.PT, notes).VisitsSinceEvaluation);
        Assert.Equal(2, ProgressNoteRhythm.For(Discipline.OT, notes).VisitsSinceEvaluation);
    }

    [Fact]
    public void Drafts_forwarded_notes_and_visits_without_charges_do_not_count()
    {
        var notes = EvaluationAndDailyNotes(3);
        notes.Add(Pt(NoteType.DailyNote, 4, charges: false));
        notes.Add(new(Note(NoteType.DailyNote, NoteStatus.Draft, on: Start.AddDays(5)), Discipline.PT));
        notes.Add(new(Note(NoteType.DailyNote, NoteStatus.Forwarded, on: Start.AddDays(6)), Discipline.PT));

        Assert.Equal(3, ProgressNoteRhythm.For(Discipline.PT, notes).VisitsSinceEvaluation);
    }

    [Theory]
    [InlineData(0, ProgressNoteAlert.None)]
    [InlineData(7, ProgressNoteAlert.None)]
    [InlineData(8, ProgressNoteAlert.DueSoon)]
    [InlineData(9, ProgressNoteAlert.Required)]
    [InlineData(12, ProgressNoteAlert.Required)]
    public void Eight_visits_alert_and_nine_require_a_progress_note(int dailyNotes, ProgressNoteAlert alert)
    {
        Assert.Equal(alert, ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(dailyNotes)).Alert);
    }

    [Fact]
    public void The_alerts_say_why()
    {
        Assert.Equal("8 PT visits since the Initial Evaluation of 2026-02-02: a Progress Note is coming due. "
            + "Medicare expects a progress report at least once every 10 treatment days, the evaluation's counting (Pub. 100-02 Ch. 15 §220.3).",
            ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(8)).Message);
        Assert.StartsWith("9 PT visits since the Initial Evaluation of 2026-02-02: a Progress Note is required before the next Daily Note.",
            ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(9)).Message, StringComparison.Ordinal);
        Assert.Equal("1 SLP visit and no finalized evaluative note.",
            ProgressNoteRhythm.For(Discipline.SLP, [new(Finalized(NoteType.DailyNote, Start), Discipline.SLP)]).Message);
    }

    [Fact]
    public void A_medicare_case_cannot_start_a_daily_note_once_a_progress_note_is_required()
    {
        var status = ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(9));

        var decision = ProgressNoteRhythm.MayStart(NoteType.DailyNote, status, medicareCase: true);

        var problem = Assert.Single(decision.Problems);
        Assert.Equal(("type", ProblemKind.Conflict), (problem.Field, problem.Kind));
        Assert.Equal(status.Message + " This is a Medicare case: finalize a Progress Note before starting another Daily Note.", problem.Message);
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.ProgressNote, status, medicareCase: true).IsAllowed);
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DischargeSummary, status, medicareCase: true).IsAllowed);
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DailyNote, status, medicareCase: false).IsAllowed);
    }

    [Fact]
    public void At_the_eighth_visit_a_medicare_daily_note_may_still_start()
    {
        var status = ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(8));

        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DailyNote, status, medicareCase: true).IsAllowed);
    }

    [Fact]
    public void Only_a_finalized_progress_note_restarts_the_count()
    {
        var notes = EvaluationAndDailyNotes(9);
        notes.Add(new(Note(NoteType.ProgressNote, NoteStatus.Draft, on: Start.AddDays(10)), Discipline.PT));
        Assert.Equal(ProgressNoteAlert.Required, ProgressNoteRhythm.For(Discipline.PT, notes).Alert);

        notes[^1] = Pt(NoteType.ProgressNote, 10);
        notes.Add(Pt(NoteType.DailyNote, 11));
        var status = ProgressNoteRhythm.For(Discipline.PT, notes);
        Assert.Equal((1, ProgressNoteAlert.None), (status.VisitsSinceEvaluation, status.Alert));
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DailyNote, status, medicareCase: true).IsAllowed);
    }
}
