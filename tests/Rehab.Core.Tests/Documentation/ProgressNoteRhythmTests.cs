using Rehab.Core.Billing;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

// Per patient and discipline, across cases (domain.md §5.5), in treatment days. Pub. 100-02 Ch. 15 §220.3: the progress
// report is due by the 10th treatment day, the evaluation's day being the first; domain.md's "after the 9th visit" is a
// day late. So: alert after 7 days since the evaluation's, a Progress Note required after 8, and on Medicare no Daily
// Note on the 10th day, neither started nor finalized.
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
    [InlineData(6, ProgressNoteAlert.None)]
    [InlineData(7, ProgressNoteAlert.DueSoon)]
    [InlineData(8, ProgressNoteAlert.Required)]
    [InlineData(12, ProgressNoteAlert.Required)]
    public void Pub100_02_220_3_seven_days_after_the_evaluation_alert_and_eight_require_a_progress_note(int dailyNotes,
        ProgressNoteAlert alert)
    {
        Assert.Equal(alert, ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(dailyNotes)).Alert);
    }

    [Fact]
    public void The_alerts_say_why()
    {
        Assert.Equal("7 PT visits since the Initial Evaluation of 2026-02-02: a Progress Note is coming due. "
            + "Medicare expects a progress report at least once every 10 treatment days, the evaluation's counting (Pub. 100-02 Ch. 15 §220.3).",
            ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(7)).Message);
        Assert.StartsWith("8 PT visits since the Initial Evaluation of 2026-02-02: "
            + "a Progress Note is required before the next Daily Note.",
            ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(8)).Message, StringComparison.Ordinal);
        Assert.Equal("1 SLP visit and no finalized evaluative note.",
            ProgressNoteRhythm.For(Discipline.SLP, [new(Finalized(NoteType.DailyNote, Start), Discipline.SLP)]).Message);
    }

    [Fact]
    public void Pub100_02_220_3_a_medicare_case_starts_no_daily_note_on_the_tenth_treatment_day()
    {
        var status = ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(8));
        var tenth = Start.AddDays(9);

        var decision = ProgressNoteRhythm.MayStart(NoteType.DailyNote, tenth, status, medicareCase: true);

        var problem = Assert.Single(decision.Problems);
        Assert.Equal(("type", ProblemKind.Conflict), (problem.Field, problem.Kind));
        Assert.Equal(status.Message + " A Daily Note of 2026-02-11 would be treatment day 10, and the progress report "
            + "is due by day 10. This is a Medicare case: finalize a Progress Note before starting another Daily Note.",
                problem.Message);
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.ProgressNote, tenth, status, medicareCase: true).IsAllowed);
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DischargeSummary, tenth, status,
            medicareCase: true).IsAllowed);
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DailyNote, tenth, status, medicareCase: false).IsAllowed);
    }

    [Fact]
    public void Pub100_02_220_3_the_ninth_treatment_day_may_still_start_a_daily_note_and_so_may_a_second_note_on_it()
    {
        var seven = ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(7));
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DailyNote, Start.AddDays(8), seven,
            medicareCase: true).IsAllowed);

        // the ninth day already has its visit: another note that day is still day 9
        var eight = ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(8));
        Assert.Equal(9, eight.TreatmentDayOf(Start.AddDays(8)));
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DailyNote, Start.AddDays(8), eight,
            medicareCase: true).IsAllowed);
    }

    [Fact]
    public void Pub100_02_220_3_the_evaluation_s_day_is_treatment_day_1()
    {
        var status = ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(1));

        Assert.Equal(1, status.TreatmentDayOf(Start));
        Assert.Equal(2, status.TreatmentDayOf(Start.AddDays(1)));
        Assert.Equal(3, status.TreatmentDayOf(Start.AddDays(30)));
    }

    [Fact]
    public void Two_notes_on_one_day_are_one_treatment_day()
    {
        var notes = EvaluationAndDailyNotes(3);
        notes.Add(Pt(NoteType.DailyNote, 3)); // a second PT note on day 3
        notes.Add(Pt(NoteType.DailyNote, 0)); // a note on the evaluation's own day

        var status = ProgressNoteRhythm.For(Discipline.PT, notes);

        Assert.Equal(3, status.VisitsSinceEvaluation);
        Assert.Equal("3 PT visits since the Initial Evaluation of 2026-02-02.", status.Message);
    }

    [Fact]
    public void Pub100_02_220_3_a_draft_started_on_day_9_is_refused_when_finalized_as_day_11()
    {
        // the draft was started when 7 days had followed the evaluation; two more visits were finalized since
        var draft = Note(NoteType.DailyNote, on: Start.AddDays(10));
        var atStart = ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(7));
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DailyNote, Start.AddDays(8), atStart,
            medicareCase: true).IsAllowed);

        var now = ProgressNoteRhythm.For(Discipline.PT, EvaluationAndDailyNotes(9));
        var decision = ProgressNoteRhythm.MayFinalize(draft, now, medicareCase: true);

        var problem = Assert.Single(decision.Problems);
        Assert.Equal(("note", ProblemKind.Conflict), (problem.Field, problem.Kind));
        Assert.Contains("would be treatment day 11", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("finalize a Progress Note before finalizing another Daily Note.", problem.Message,
            StringComparison.Ordinal);
        Assert.True(ProgressNoteRhythm.MayFinalize(draft, now, medicareCase: false).IsAllowed);
        Assert.True(ProgressNoteRhythm.MayFinalize(draft, atStart, medicareCase: true).IsAllowed);
    }

    [Fact]
    public void Only_a_finalized_progress_note_restarts_the_count()
    {
        var notes = EvaluationAndDailyNotes(8);
        notes.Add(new(Note(NoteType.ProgressNote, NoteStatus.Draft, on: Start.AddDays(9)), Discipline.PT));
        Assert.Equal(ProgressNoteAlert.Required, ProgressNoteRhythm.For(Discipline.PT, notes).Alert);

        notes[^1] = Pt(NoteType.ProgressNote, 9);
        notes.Add(Pt(NoteType.DailyNote, 10));
        var status = ProgressNoteRhythm.For(Discipline.PT, notes);
        Assert.Equal((1, ProgressNoteAlert.None), (status.VisitsSinceEvaluation, status.Alert));
        Assert.True(ProgressNoteRhythm.MayStart(NoteType.DailyNote, Start.AddDays(11), status,
            medicareCase: true).IsAllowed);
    }
}
