using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using static Rehab.Core.Tests.Billing.Modifiers.Visit;

namespace Rehab.Core.Tests.Billing.Modifiers;

// CQ/CO: SSA §1834(v); de minimis 84 FR 62702-62707; per-unit rules of the CY 2022 PFS final rule, 86 FR 64996 ff.
public sealed class AssistantModifierTests
{
    private static readonly PayerModifierSettings Medicare = PayerModifierSettings.Medicare();

    [Fact]
    public void CMS_CQ_CO_billing_examples_scenario_1()
    {
        // PTA 23 min and PT 13 min of 97110, PT 30 min of 97140: 66 minutes, 4 units (2 and 2)
        var outcome = Bill(new DateOnly(2022, 1, 3), Medicare,
            Pt("97110", 2, therapist: 13, assistant: 23),
            Pt("97140", 2, therapist: 30));

        Assert.Equal(["97110-GP-CQ ×1", "97110-GP ×1", "97140-GP ×2"], outcome.Claim());
        Assert.All(outcome.Lines, l => Assert.False(l.IsRefused));
    }

    [Fact]
    public void CY2022_proposed_rule_example_PTA_10_and_PT_5_minutes_is_one_unit_with_CQ() =>
        Assert.Equal(["97110-GP-CQ ×1"], Bill(Medicare, Pt("97110", 1, therapist: 5, assistant: 10)).Claim());

    [Fact]
    public void CY2022_final_rule_two_units_left_with_9_to_14_minutes_each_bill_one_with_and_one_without()
    {
        var outcome = Bill(Medicare, Pt("97110", 2, therapist: 13, assistant: 12));
        Assert.Equal(["97110-GP-CQ ×1", "97110-GP ×1"], outcome.Claim());
        Assert.Contains(outcome.Lines[0].Explanations, e => e.Contains("each 9-14"));
    }

    [Fact]
    public void CY2022_final_rule_full_assistant_blocks_then_the_two_unit_split()
    {
        // 2 full PTA blocks, then PTA 9 + PT 14 with two units left: 53 minutes, 4 units
        Assert.Equal(["97110-GP-CQ ×3", "97110-GP ×1"], Bill(Medicare, Pt("97110", 4, therapist: 14, assistant: 39)).Claim());
    }

    [Theory]
    [InlineData(0, 30, "97110-GP-CQ ×2")] // in whole by the assistant
    [InlineData(30, 0, "97110-GP ×2")]    // in whole by the therapist
    public void CY2022_final_rule_full_blocks_go_to_whoever_furnished_them_alone(int therapist, int assistant, string expected) =>
        Assert.Equal([expected], Bill(Medicare, Pt("97110", 2, therapist: therapist, assistant: assistant)).Claim());

    [Theory]
    [InlineData(9, 6, "97110-GP ×1")]
    [InlineData(6, 9, "97110-GP-CQ ×1")]
    [InlineData(14, 1, "97110-GP ×1")] // the assistant's 1 minute is under the 10% de minimis anyway
    public void CY2022_final_rule_the_final_mixed_unit_goes_to_whoever_furnished_more(int therapist, int assistant, string expected) =>
        Assert.Equal([expected], Bill(Medicare, Pt("97110", 1, therapist: therapist, assistant: assistant)).Claim());

    [Theory]
    [InlineData(7, 7, "97110-GP-CQ ×1")] // the therapist's 7 minutes alone would not make a unit
    [InlineData(8, 8, "97110-GP ×1")]    // the therapist's 8 minutes alone make a unit under the 8-minute rule
    [InlineData(4, 4, "97110-GP-CQ ×1")]
    public void Equal_final_minutes_go_without_the_modifier_only_when_the_therapist_furnished_8_or_more(int therapist, int assistant, string expected)
    {
        var outcome = Bill(Medicare, Pt("97110", 1, therapist: therapist, assistant: assistant));
        Assert.Equal([expected], outcome.Claim());
        Assert.Contains(outcome.Lines[0].Explanations, e => e.Contains("equal share"));
    }

    [Theory]
    [InlineData(40, 5, "97150-GP-CQ ×1")] // 5 of 45 minutes, 11%
    [InlineData(41, 4, "97150-GP ×1")]    // 4 of 45, 8.9%
    [InlineData(45, 5, "97150-GP ×1")]    // 5 of 50, exactly 10%, not more
    [InlineData(0, 20, "97150-GP-CQ ×1")]
    public void _84_FR_62702_an_untimed_service_gets_CQ_when_the_assistant_furnished_more_than_10_percent(int therapist, int assistant, string expected) =>
        Assert.Equal([expected], Bill(Medicare, Pt("97150", 1, timed: false, therapist: therapist, assistant: assistant)).Claim());

    [Fact]
    public void An_OTA_gets_CO_next_to_GO() =>
        Assert.Equal(["97530-GO-CO ×1", "97530-GO ×1"],
            Bill(Medicare, Line("97530", Discipline.OT, 2, therapist: 10, assistant: 20)).Claim());

    [Fact]
    public void Speech_language_pathology_has_no_assistant_modifier()
    {
        var line = Bill(Medicare, Line("92507", Discipline.SLP, 1, timed: false, therapist: 10, assistant: 30)).Lines.Single();
        Assert.Equal("92507-GN ×1", line.ToString());
        Assert.Contains(line.Explanations, e => e.Contains("speech-language pathology"));
    }

    [Fact]
    public void Assistant_modifiers_apply_from_1_January_2020() =>
        Assert.Equal(["97110-GP ×2"], Bill(new DateOnly(2019, 12, 31), Medicare, Pt("97110", 2, assistant: 30)).Claim());

    [Fact]
    public void SSA_1834v_from_2022_the_explanation_says_the_line_is_paid_at_85_percent()
    {
        Assert.Contains(Bill(Medicare, Pt("97110", 1, assistant: 15)).Lines[0].Explanations, e => e.Contains("85%"));
        Assert.DoesNotContain(Bill(new DateOnly(2021, 6, 1), Medicare, Pt("97110", 1, assistant: 15)).Lines[0].Explanations, e => e.Contains("85%"));
    }

    [Fact]
    public void A_payer_that_does_not_use_assistant_modifiers_gets_none() =>
        Assert.Equal(["97110-GP ×2"],
            Bill(Medicare with { AppliesAssistantModifiers = false }, Pt("97110", 2, assistant: 30)).Claim());

    [Fact]
    public void More_units_than_the_minutes_support_are_refused_rather_than_guessed()
    {
        var line = Bill(Medicare, Pt("97110", 3, therapist: 10, assistant: 10)).Lines.Single();
        Assert.True(line.IsRefused);
        Assert.Contains(line.Refusals, r => r.Contains("at most 2"));
    }

    [Fact]
    public void Fewer_units_than_full_blocks_count_the_assistants_blocks_first()
    {
        // a payer's cap, say: 60 minutes in four full blocks, 3 units billed
        var split = AssistantModifierRule.Split(Modifier.CQ, timed: true, units: 3, therapistMinutes: 30, assistantMinutes: 30);
        Assert.Equal((2, 1), (split.UnitsWithModifier, split.UnitsWithout));
        Assert.Contains(split.Explanations, e => e.Contains("counted first"));
    }

    [Fact]
    public void A_split_line_keeps_its_other_modifiers_on_both_parts()
    {
        var outcome = ModifierEngine.Apply(new ModifierRequest(DateOfService, Medicare,
            [Pt("97140", 1, therapist: 10), Pt("97530", 2, therapist: 13, assistant: 12, separate: true, chosen: "59")],
            YearToDate: new Dictionary<TherapyBucket, TherapyYearToDate> { [TherapyBucket.PhysicalAndSpeech] = new(2600m, 150m) }));
        Assert.Equal(["97140-GP-KX ×1", "97530-GP-CQ-59-KX ×1", "97530-GP-59-KX ×1"], outcome.Claim());
    }

    [Fact]
    public void The_split_says_why_each_unit_went_where()
    {
        var split = AssistantModifierRule.Split(Modifier.CQ, timed: true, units: 2, therapistMinutes: 13, assistantMinutes: 23);
        Assert.Equal((1, 1), (split.UnitsWithModifier, split.UnitsWithout));
        Assert.Contains(split.Explanations, e => e.Contains("full 15-minute blocks"));
        Assert.Contains(split.Explanations, e => e.Contains("therapist furnished 13 and the assistant 8"));
    }
}
