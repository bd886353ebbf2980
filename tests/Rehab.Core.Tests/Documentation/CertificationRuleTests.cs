using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

// Pub. 100-02 Ch. 15 §220.1.2: Medicare certifies a plan for at most 90 days or the plan's duration, whichever is
// shorter; §220.1.3: a visit after that needs a recertification, or a delayed certification with the delay's reason.
public sealed class CertificationRuleTests
{
    private static readonly DateOnly Evaluated = new(2026, 1, 5);

    private static PlanOfCareStatus Plan(int weeks) => PlanOfCareDates.For(
        [new(Finalized(NoteType.InitialEvaluation, Evaluated),
            new NoteContent { Evaluation = new EvaluationDetails(["Knee pain"], [new Goal("Stairs")],
                new PlanOfCare(2, weeks)) })],
        medicareCase: true, new CompanySettings(), Today)!;

    private static NoteSummary Daily(DateOnly on) => Note(NoteType.DailyNote, on: on);

    [Fact]
    public void Pub100_02_220_1_3_a_visit_after_the_90_day_certification_needs_a_recertification_or_a_delayed_one()
    {
        var plan = Plan(weeks: 16); // 112 days, so the 90 days end first: 2026-04-04
        Assert.Equal(new DateOnly(2026, 4, 4), plan.RenewBy);

        Assert.True(CertificationRule.Check(Daily(new(2026, 4, 4)), plan, medicareCase: true, null).IsAllowed);
        var refused = CertificationRule.Check(Daily(new(2026, 4, 5)), plan, medicareCase: true, null);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal("delayedCertificationReason", problem.Field);
        Assert.Contains("certification ended on 2026-04-04", problem.Message, StringComparison.Ordinal);
        Assert.Contains("§220.1.3", problem.Message, StringComparison.Ordinal);

        Assert.True(CertificationRule.Check(Daily(new(2026, 4, 5)), plan, medicareCase: true,
            "The physician was away; the signed plan arrived on 2026-04-08.").IsAllowed);
        Assert.False(CertificationRule.Check(Daily(new(2026, 4, 5)), plan, medicareCase: true, "   ").IsAllowed);
    }

    [Fact]
    public void Pub100_02_220_1_2_a_plan_shorter_than_90_days_ends_the_certification_with_it()
    {
        var plan = Plan(weeks: 4); // 28 days: 2026-01-05 to 2026-02-01
        Assert.True(CertificationRule.Check(Daily(new(2026, 2, 1)), plan, medicareCase: true, null).IsAllowed);
        Assert.False(CertificationRule.Check(Daily(new(2026, 2, 2)), plan, medicareCase: true, null).IsAllowed);
    }

    [Fact]
    public void A_recertification_sets_the_new_plan_and_other_payers_and_unbilled_notes_are_not_held()
    {
        var plan = Plan(weeks: 4);
        var late = new DateOnly(2026, 3, 1);
        var recertification = Note(NoteType.ProgressNote, on: late) with { Label = ProgressNoteLabel.Recertification };

        Assert.True(CertificationRule.Check(recertification, plan, medicareCase: true, null).IsAllowed);
        Assert.False(CertificationRule.Check(Note(NoteType.ProgressNote, on: late), plan, medicareCase: true,
            null).IsAllowed);
        Assert.True(CertificationRule.Check(Daily(late), plan, medicareCase: false, null).IsAllowed);
        Assert.True(CertificationRule.Check(Note(NoteType.AdministrativeDischarge, on: late), plan,
            medicareCase: true, null).IsAllowed);
        Assert.True(CertificationRule.Check(Daily(late), null, medicareCase: true, null).IsAllowed);
    }

    [Fact]
    public void A_reason_longer_than_1000_characters_is_refused_naming_the_field()
    {
        var problem = Assert.Single(CertificationRule.Check(Daily(Today), null, medicareCase: false, new string('x',
            1001)).Problems);
        Assert.Equal("delayedCertificationReason", problem.Field);
    }
}
