using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;
using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

/// <summary>Laws of counting treatment days, not notes (Pub. 100-02 Ch. 15 §220.3).</summary>
public sealed class TreatmentDayPropertyTests
{
    private static readonly DateOnly Start = new(2026, 2, 2);

    /// <summary>An evaluation on day 0 and daily notes on 1 to 30, several on a day when the offsets repeat.</summary>
    private static Gen<int[]> DailyNoteDays => Gen.ListOf(Gen.Choose(1, 30)).Select(days => days.ToArray());

    private static List<NoteSummary> Chart(IEnumerable<int> days) =>
        [Finalized(NoteType.InitialEvaluation, Start), .. days.Select(d => Finalized(NoteType.DailyNote,
            Start.AddDays(d)))];

    [Property]
    public Property A_second_note_on_a_visit_s_day_changes_no_count() =>
        Prop.ForAll(DailyNoteDays.Where(d => d.Length > 0).ToArbitrary(), days =>
        {
            var once = VisitCounters.For(Chart(days), null);
            var twice = VisitCounters.For(Chart([.. days, days[0]]), null);
            return once == twice && once.VisitsSinceEvaluation == days.Distinct().Count();
        });

    [Property]
    public Property A_new_later_day_is_the_day_after_the_evaluation_s_and_every_visit_day() =>
        Prop.ForAll(DailyNoteDays.ToArbitrary(), days =>
        {
            var status = ProgressNoteRhythm.For(Discipline.PT, Chart(days).Select(n => new DisciplineNote(n,
                Discipline.PT)));
            return status.TreatmentDayOf(Start.AddDays(31)) == 1 + days.Distinct().Count() + 1
                && status.TreatmentDayOf(Start) == 1;
        });
}
