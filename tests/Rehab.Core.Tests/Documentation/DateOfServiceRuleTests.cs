using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Common;
using Rehab.Core.Documentation;

namespace Rehab.Core.Tests.Documentation;

/// <summary>A visit lies between the patient's birth (and the case's evaluation) and today at the clinic.</summary>
public sealed class DateOfServiceRuleTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateOnly Born = new(1961, 7, 4);
    private static readonly DateOnly Evaluated = new(2026, 3, 2);

    private static readonly Gen<DateOnly> Dates =
        Gen.Choose(new DateOnly(1850, 1, 1).DayNumber, new DateOnly(2200, 1, 1).DayNumber)
            .Select(DateOnly.FromDayNumber);

    private static string Message(DateOnly dateOfService, DateOnly? caseStart = null) =>
        Assert.Single(DateOfServiceRule.Check(dateOfService, Born, caseStart, Today)).Message;

    [Fact]
    public void A_daily_note_dated_1900_before_the_patient_was_born_is_refused() =>
        Assert.Equal(
            "The date of service, 1900-01-01, is before the patient's date of birth, 1961-07-04; check the year.",
            Message(new DateOnly(1900, 1, 1), Evaluated));

    [Fact]
    public void A_note_dated_9999_12_31_is_in_the_future() =>
        Assert.Equal("The date of service, 9999-12-31, is in the future; today at the clinic is 2026-03-10. "
            + "Document a visit on or after the day it happens.", Message(DateOnly.MaxValue));

    [Fact]
    public void A_visit_before_the_case_s_initial_evaluation_is_refused() =>
        Assert.Equal("The date of service, 2026-03-01, is before the case's Initial Evaluation on 2026-03-02: "
            + "a case's visits follow its evaluation.", Message(Evaluated.AddDays(-1), Evaluated));

    [Fact]
    public void The_problem_names_the_field_it_is_given()
    {
        var problem = Assert.Single(
            DateOfServiceRule.Check(Today.AddDays(1), Born, null, Today, "charges[0].dateOfService"));
        Assert.Equal("charges[0].dateOfService", problem.Field);
    }

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-10")]
    public void The_evaluation_day_and_today_are_dates_of_service(string date) =>
        Assert.Empty(DateOfServiceRule.Check(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Born, Evaluated, Today));

    [Fact]
    public void The_case_starts_with_its_initial_evaluation_except_for_the_evaluation_itself()
    {
        NoteSummary[] notes =
        [
            new(Guid.NewGuid(), NoteType.InitialEvaluation, NoteStatus.Finalized, Guid.NewGuid(), Evaluated),
            new(Guid.NewGuid(), NoteType.DailyNote, NoteStatus.Finalized, Guid.NewGuid(), Evaluated.AddDays(2)),
        ];
        Assert.Equal(Evaluated, DateOfServiceRule.CaseStart(NoteType.DailyNote, notes));
        Assert.Null(DateOfServiceRule.CaseStart(NoteType.InitialEvaluation, notes));
        Assert.Null(DateOfServiceRule.CaseStart(NoteType.DailyNote, notes, notes[0].Id));
        Assert.Null(DateOfServiceRule.CaseStart(NoteType.AdministrativeDischarge, notes[1..]));
    }

    [Property]
    public Property A_date_of_service_is_refused_exactly_outside_birth_or_start_to_today() =>
        Prop.ForAll(Gen.Four(Dates).ToArbitrary(), dates =>
            {
                var (date, born, start, today) = dates;
                var earliest = new[] { new DateOnly(1900, 1, 1), born, start }.Max();
                var problems = DateOfServiceRule.Check(date, born, start, today);
                return (problems.Count == 0) == (date >= earliest && date <= today)
                       && problems.All(p => p.Field == "dateOfService" && p.Kind == ProblemKind.Invalid);
            });
}
