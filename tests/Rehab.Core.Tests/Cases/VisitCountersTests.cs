using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Cases;

public sealed class VisitCountersTests
{
    private static readonly DateOnly Start = new(2026, 2, 2);

    private static NoteSummary Daily(int day, bool charges = true) => Finalized(NoteType.DailyNote, Start.AddDays(day), charges);

    [Fact]
    public void A_new_case_has_no_visits()
    {
        var counters = VisitCounters.For([], null);

        Assert.Equal(new VisitCounters(0, 0, null, null), counters);
        Assert.Null(counters.AuthorizedVisitsRemaining);
    }

    [Fact]
    public void Visits_are_finalized_billable_notes_with_charges()
    {
        var notes = new[]
        {
            Finalized(NoteType.InitialEvaluation, Start),
            Daily(2),
            Daily(4, charges: false),
            Note(NoteType.DailyNote, NoteStatus.Draft, on: Start.AddDays(6)),
            Note(NoteType.DailyNote, NoteStatus.Forwarded, on: Start.AddDays(7)),
            Finalized(NoteType.AdministrativeDischarge, Start.AddDays(9), charges: false),
        };

        Assert.Equal(2, VisitCounters.For(notes, null).Visits);
        Assert.Equal([true, true, false, false, false, false], notes.Select(VisitCounters.IsVisit));
    }

    [Fact]
    public void Visits_since_the_evaluation_restart_at_each_finalized_evaluative_note()
    {
        var notes = new List<NoteSummary> { Finalized(NoteType.InitialEvaluation, Start) };
        notes.AddRange(Enumerable.Range(1, 5).Select(d => Daily(d)));
        notes.Add(Finalized(NoteType.ProgressNote, Start.AddDays(6)));
        notes.AddRange(Enumerable.Range(7, 3).Select(d => Daily(d)));
        notes.Add(Note(NoteType.ProgressNote, NoteStatus.Draft, on: Start.AddDays(10)));

        var counters = VisitCounters.For(notes, null);

        Assert.Equal(10, counters.Visits);
        Assert.Equal(3, counters.VisitsSinceEvaluation);
    }

    [Fact]
    public void A_daily_note_on_the_progress_note_s_day_is_that_same_treatment_day()
    {
        var notes = new[] { Finalized(NoteType.ProgressNote, Start, hour: 10), Finalized(NoteType.DailyNote, Start, hour: 11), Finalized(NoteType.DailyNote, Start.AddDays(-1)) };

        var counters = VisitCounters.For(notes, null);

        Assert.Equal((2, 0), (counters.Visits, counters.VisitsSinceEvaluation));
    }

    [Fact]
    public void Two_notes_on_one_day_are_one_visit_for_the_counters_and_the_authorization()
    {
        var notes = new[] { Finalized(NoteType.InitialEvaluation, Start), Daily(3), Daily(3), Daily(4) };
        var authorization = new AuthorizationDetails(2, Start.AddDays(1), Start.AddDays(15));

        var counters = VisitCounters.For(notes, authorization);

        Assert.Equal((3, 2, 2, 0), (counters.Visits, counters.VisitsSinceEvaluation, counters.AuthorizedVisitsUsed,
            counters.AuthorizedVisitsRemaining));
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(12, true)]
    public void Pub100_02_220_3_Medicare_s_progress_note_falls_due_on_the_tenth_treatment_day(int dailyNotes, bool due)
    {
        var notes = Enumerable.Range(1, dailyNotes).Select(d => Daily(d)).Prepend(Finalized(NoteType.InitialEvaluation, Start));

        Assert.Equal(due, VisitCounters.For(notes, null).MedicareProgressNoteDue);
    }

    [Fact]
    public void Authorized_visits_used_are_the_visits_the_authorization_dates_cover()
    {
        var notes = new[] { Finalized(NoteType.InitialEvaluation, Start), Daily(3), Daily(10), Daily(20) };
        var authorization = new AuthorizationDetails(2, Start.AddDays(1), Start.AddDays(15));

        var counters = VisitCounters.For(notes, authorization);

        Assert.Equal((4, 2, 2, 0), (counters.Visits, counters.AuthorizedVisits, counters.AuthorizedVisitsUsed, counters.AuthorizedVisitsRemaining));
        Assert.Equal(-1, VisitCounters.For([.. notes, Daily(11)], authorization).AuthorizedVisitsRemaining);
    }
}
