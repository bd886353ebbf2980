using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using static Rehab.Core.Tests.Billing.Modifiers.Visit;

namespace Rehab.Core.Tests.Billing.Modifiers;

// NCCI Policy Manual Ch. XI: one PT (97161-97164) and one OT (97165-97168) evaluation or re-evaluation per patient per day
public sealed class EvaluationPerDayTests
{
    private static readonly PayerModifierSettings Medicare = PayerModifierSettings.Medicare();

    [Fact]
    public void NCCI_Ch_XI_a_second_PT_evaluation_code_is_refused()
    {
        var outcome = Bill(Medicare, Pt("97161", 1, timed: false), Pt("97164", 1, timed: false));
        Assert.False(outcome.For("97161").IsRefused);
        Assert.Contains(outcome.For("97164").Refusals, r => r.Contains("Only one PT evaluation") && r.Contains("97161 is already") && r.Contains("Ch. XI"));
    }

    [Fact]
    public void NCCI_Ch_XI_a_second_OT_evaluation_code_is_refused() =>
        Assert.True(Bill(Medicare, Line("97165", Discipline.OT, 1, timed: false), Line("97168", Discipline.OT, 1, timed: false)).For("97168").IsRefused);

    [Fact]
    public void One_PT_and_one_OT_evaluation_on_the_same_day_are_both_billed() =>
        Assert.All(Bill(Medicare, Pt("97162", 1, timed: false), Line("97166", Discipline.OT, 1, timed: false)).Lines, l => Assert.False(l.IsRefused));

    [Fact]
    public void An_evaluation_is_one_unit() =>
        Assert.True(Bill(Medicare, Pt("97163", 2, timed: false)).Lines.Single().IsRefused);

    [Fact]
    public void A_refused_evaluation_does_not_put_59_on_another_code()
    {
        var outcome = Bill(Medicare, Pt("97164", 1, timed: false), Pt("97161", 1, timed: false), Pt("97140", 1, therapist: 15));
        Assert.True(outcome.For("97161").IsRefused);
        Assert.Equal("97140-GP ×1", outcome.For("97140").ToString());
    }

    [Fact]
    public void A_payer_that_does_not_apply_CCI_edits_is_not_held_to_it() =>
        Assert.All(Bill(PayerModifierSettings.None("Acme Health"), Pt("97161", 1, timed: false), Pt("97164", 1, timed: false)).Lines,
            l => Assert.False(l.IsRefused));
}
