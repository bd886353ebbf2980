using Rehab.Core.Documentation;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

// Pub. 100-04 Ch. 5 §20.2 lets the clinician split a tie; CQ on an assistant's unit pays 85% (SSA §1834(v))
public sealed class TieChoiceEffectTests
{
    [Fact]
    public void Each_split_of_a_tie_shows_its_claim_lines_modifiers_and_payment_and_the_typing_order_decides_nothing()
    {
        var context = BillingFor(Rules(Therapist(), Medicare));
        ChargeLineDraft[] charges = [Charge("97140", 20), Charge("97110", 20, assistant: 20)];

        var forward = NoteBilling.Compute(charges, context);
        var backward = NoteBilling.Compute([.. charges.Reverse()], context);

        var day = Assert.Single(forward.Days);
        Assert.Equal(2, day.TieEffects.Count);
        Assert.Equal(day.Calculation.Allocation, day.TieEffects[0].Choice);
        Assert.Contains(day.TieEffects, e => e.ClaimLines.Contains("97110-GP-CQ ×2")
            && e.PaymentEffect.Contains("2 units with CQ or CO"));
        Assert.Contains(day.TieEffects, e => e.ClaimLines.Contains("97140-GP ×2")
            && e.PaymentEffect.Contains("1 unit with CQ or CO"));
        Assert.Equal(day.Calculation.Allocation, Assert.Single(backward.Days).Calculation.Allocation);
    }
}
