using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using static Rehab.Core.Tests.Billing.Modifiers.Visit;

namespace Rehab.Core.Tests.Billing.Modifiers;

// Pub. 100-04 Ch. 5 §20.1: GP, GO or GN on every therapy line, by the plan of care
public sealed class DisciplineModifierTests
{
    private static readonly PayerModifierSettings TherapyModifiersOnly =
        PayerModifierSettings.None("Acme Health") with { AppliesTherapyModifiers = true };

    [Theory]
    [InlineData(Discipline.PT, "97110-GP ×2")]
    [InlineData(Discipline.OT, "97110-GO ×2")]
    [InlineData(Discipline.SLP, "97110-GN ×2")]
    public void Pub100_04_Ch5_20_1_the_plan_of_cares_discipline_decides_the_modifier(Discipline discipline, string expected) =>
        Assert.Equal([expected], Bill(TherapyModifiersOnly, Line("97110", discipline, 2)).Claim());

    [Fact]
    public void A_payer_that_does_not_use_therapy_modifiers_gets_none() =>
        Assert.Equal(["97110 ×2"], Bill(PayerModifierSettings.None("Acme Health"), Pt("97110", 2)).Claim());

    [Fact]
    public void The_explanation_names_the_plan_and_the_source()
    {
        var line = Bill(TherapyModifiersOnly, Line("92507", Discipline.SLP, 1, timed: false)).Lines.Single();
        Assert.Contains(line.Explanations, e => e.Contains("GN") && e.Contains("speech-language pathology") && e.Contains("§20.1"));
    }

    [Fact]
    public void A_line_without_units_does_not_go_on_the_claim()
    {
        var line = Bill(TherapyModifiersOnly, Pt("97110", 0)).Lines.Single();
        Assert.Empty(line.Modifiers);
        Assert.Contains(line.Explanations, e => e.Contains("no units"));
    }
}
