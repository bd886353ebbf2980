using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

// Medicare certifies a plan of care for at most 90 days (Pub. 100-02 Ch. 15 §220.1.2); the company's Plan of Care
// Alerts setting is the number of days before the renewal date the chart starts warning (domain.md §4).
public sealed class PlanOfCareDatesTests
{
    private static readonly DateOnly Evaluated = new(2026, 2, 2);
    private static readonly CompanySettings FourteenDays = new() { PlanOfCareAlertDays = 14 };

    private static NoteWithContent WithPlan(NoteType type, DateOnly on, int perWeek, int weeks, NoteStatus status = NoteStatus.Finalized) =>
        new(status == NoteStatus.Finalized ? Finalized(type, on) : Note(type, status, on: on),
            new NoteContent { Evaluation = new EvaluationDetails(["Low back pain"], [new Goal("Walk 1 km")], new PlanOfCare(perWeek, weeks)) });

    private static NoteWithContent Daily(DateOnly on) => new(Finalized(NoteType.DailyNote, on), new NoteContent());

    [Theory]
    [InlineData("2026-03-14", PlanOfCareAlert.None)]
    [InlineData("2026-03-15", PlanOfCareAlert.EndingSoon)]
    [InlineData("2026-03-29", PlanOfCareAlert.EndingSoon)]
    [InlineData("2026-03-30", PlanOfCareAlert.Lapsed)]
    public void An_eight_week_plan_ends_on_its_56th_day_and_alerts_14_days_before(string today, PlanOfCareAlert alert)
    {
        var status = PlanOfCareDates.For([WithPlan(NoteType.InitialEvaluation, Evaluated, 2, 8)], medicareCase: false, FourteenDays, DateOnly.Parse(today))!;

        Assert.Equal(new DateOnly(2026, 3, 29), status.Ends);
        Assert.Equal(status.Ends, status.RenewBy);
        Assert.Equal(new DateOnly(2026, 3, 15), status.AlertFrom);
        Assert.Equal(alert, status.Alert);
    }

    [Fact]
    public void Messages_name_the_plan_the_days_left_and_what_to_do()
    {
        var notes = new[] { WithPlan(NoteType.InitialEvaluation, Evaluated, 2, 8) };

        Assert.Equal("The plan of care of the Initial Evaluation of 2026-02-02 runs to 2026-03-29: 4 days left. "
            + "Finalize a Progress Note with a new plan of care, or discharge the patient (the alert starts 14 days before, as Company Settings set it).",
            PlanOfCareDates.For(notes, false, FourteenDays, new DateOnly(2026, 3, 25))!.Message);
        Assert.Equal("The plan of care of the Initial Evaluation of 2026-02-02 runs to 2026-03-29. "
            + "It lapsed 1 day ago: finalize a Progress Note with a new plan of care, or discharge the patient.",
            PlanOfCareDates.For(notes, false, FourteenDays, new DateOnly(2026, 3, 30))!.Message);
        Assert.Equal("The plan of care of the Initial Evaluation of 2026-02-02 runs to 2026-03-29.",
            PlanOfCareDates.For(notes, false, FourteenDays, new DateOnly(2026, 2, 10))!.Message);
    }

    [Theory]
    [InlineData("2026-02-02", "2026-05-02")]
    [InlineData("2026-12-15", "2027-03-14")]
    [InlineData("2028-01-01", "2028-03-30")] // a leap year's February
    public void Medicare_certifies_90_days_the_day_the_plan_is_set_counting(string setOn, string lastDay) =>
        Assert.Equal(DateOnly.Parse(lastDay), PlanOfCareDates.MedicareCertificationEnds(DateOnly.Parse(setOn)));

    [Fact]
    public void A_medicare_plan_longer_than_90_days_is_recertified_by_the_90th_day()
    {
        var status = PlanOfCareDates.For([WithPlan(NoteType.InitialEvaluation, Evaluated, 2, 16)], medicareCase: true, FourteenDays, new DateOnly(2026, 4, 20))!;

        Assert.Equal(new DateOnly(2026, 5, 24), status.Ends); // 16 weeks
        Assert.Equal(new DateOnly(2026, 5, 2), status.RenewBy); // day 90, the evaluation's day counting
        Assert.Equal(new DateOnly(2026, 4, 18), status.AlertFrom);
        Assert.Equal(PlanOfCareAlert.EndingSoon, status.Alert);
        Assert.Equal("The plan of care of the Initial Evaluation of 2026-02-02 runs to 2026-05-24; Medicare certifies at most 90 days of it "
            + "(Pub. 100-02 Ch. 15 §220.1.2), so recertify by 2026-05-02: 12 days left. Finalize a Recertification with a new plan of care, "
            + "or discharge the patient (the alert starts 14 days before, as Company Settings set it).", status.Message);
    }

    [Fact]
    public void A_medicare_plan_shorter_than_90_days_is_recertified_at_its_end()
    {
        var status = PlanOfCareDates.For([WithPlan(NoteType.InitialEvaluation, Evaluated, 3, 4)], medicareCase: true, FourteenDays, Evaluated)!;

        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)), (status.Ends, status.RenewBy));
        Assert.EndsWith("runs to 2026-03-01; recertify by then (Medicare, Pub. 100-02 Ch. 15 §220.1.2).", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recertification_s_new_plan_replaces_the_evaluation_s()
    {
        var recertified = new DateOnly(2026, 3, 27);
        var notes = new[] { WithPlan(NoteType.InitialEvaluation, Evaluated, 2, 8), Daily(new DateOnly(2026, 3, 20)), WithPlan(NoteType.ProgressNote, recertified, 2, 6) };

        var status = PlanOfCareDates.For(notes, medicareCase: true, FourteenDays, new DateOnly(2026, 3, 30))!;

        Assert.Equal(NoteType.ProgressNote, status.SetBy.Type);
        Assert.Equal((new DateOnly(2026, 5, 7), PlanOfCareAlert.None), (status.RenewBy, status.Alert));
    }

    [Fact]
    public void A_draft_plan_counts_for_nothing_and_a_discharged_case_has_no_plan_alert()
    {
        Assert.Null(PlanOfCareDates.For([WithPlan(NoteType.InitialEvaluation, Evaluated, 2, 8, NoteStatus.Draft)], false, FourteenDays, Evaluated));
        Assert.Null(PlanOfCareDates.For([Daily(Evaluated)], false, FourteenDays, Evaluated));

        var discharged = new[] { WithPlan(NoteType.InitialEvaluation, Evaluated, 2, 8), new NoteWithContent(Finalized(NoteType.DischargeSummary, new DateOnly(2026, 3, 20)), new NoteContent()) };
        Assert.Null(PlanOfCareDates.For(discharged, false, FourteenDays, new DateOnly(2026, 4, 20)));
    }

    [Fact]
    public void With_no_alert_days_the_chart_warns_on_the_renewal_day_only()
    {
        var company = new CompanySettings { PlanOfCareAlertDays = 0 };
        var notes = new[] { WithPlan(NoteType.InitialEvaluation, Evaluated, 2, 8) };

        Assert.Equal(PlanOfCareAlert.None, PlanOfCareDates.For(notes, false, company, new DateOnly(2026, 3, 28))!.Alert);
        Assert.Equal(PlanOfCareAlert.EndingSoon, PlanOfCareDates.For(notes, false, company, new DateOnly(2026, 3, 29))!.Alert);
    }
}
