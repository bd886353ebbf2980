using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Tests.Billing.Threshold;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

public sealed class NoteBillingTests
{
    private static readonly PayerSettings CommercialRuleOf8s = new()
    {
        Name = "Cigna Open Access", Type = InsuranceType.Commercial, UnitRule = UnitRule.RuleOfEights, AppliesTherapyModifiers = true,
    };

    private static NoteBillingResult Bill(PayerRules payerRules, params ChargeLineDraft[] charges)
    {
        var rules = Rules(Therapist(), CommercialRuleOf8s, Medicare, company: new CompanySettings { PayerRules = payerRules });
        return NoteBilling.Compute(charges, BillingFor(rules, CommercialRuleOf8s.Name));
    }

    // billing-rules.md: 10 min 97110 + 10 min 97116 is 2 units by the Rule of 8s and 1 by the 8-minute rule (20 pooled minutes).
    [Theory]
    [InlineData(PayerRules.DeferToPrimary, UnitRule.RuleOfEights, 2, 1, 1)]
    [InlineData(PayerRules.DeferToEightMinute, UnitRule.EightMinute, 1, 1, 0)]
    public void Commercial_rule_of_8s_primary_with_medicare_secondary_bills_as_the_payer_rules_setting_says(
        PayerRules payerRules, UnitRule expected, int total, int first, int second)
    {
        var billing = Bill(payerRules, Charge("97110", 10), Charge("97116", 10));

        Assert.Equal(expected, billing.Rule.Value);
        Assert.Contains("secondary Medicare uses the 8-Minute Rule", billing.Rule.Reason);
        Assert.Equal(total, billing.TotalUnits);
        Assert.Equal([first, second], billing.Lines.Select(l => l.Units));
        Assert.Equal(20, billing.TimedMinutes);
        Assert.Empty(billing.Problems);
        Assert.Contains(expected.DisplayName(), Assert.Single(billing.Days).Calculation.Explain());
    }

    [Theory]
    [InlineData(PayerRules.DeferToPrimary, 4)]
    [InlineData(PayerRules.DeferToEightMinute, 3)]
    public void The_worked_contrast_of_three_timed_codes_differs_by_a_unit(PayerRules payerRules, int units)
    {
        // 30 therex + 9 manual + 9 ultrasound: each code alone earns 2 + 1 + 1; pooled, 48 minutes are 3 units.
        var billing = Bill(payerRules, Charge("97110", 30), Charge("97140", 9), Charge("97035", 9));

        Assert.Equal(units, billing.TotalUnits);
    }

    [Fact]
    public void Modifiers_follow_the_primary_payer_and_the_plan_of_care_discipline()
    {
        var billing = Bill(PayerRules.DeferToPrimary, Charge("97110", 23));

        var line = Assert.Single(billing.Lines);
        Assert.Equal(2, line.Units);
        Assert.Equal("97110-GP ×2", Assert.Single(line.ClaimLines).ToString());
        Assert.Contains(line.ClaimLines[0].Explanations, e => e.Contains("physical therapy plan of care"));
        Assert.Contains("23 min", line.Explanation);
    }

    [Fact]
    public void An_assistant_s_note_on_medicare_puts_cq_on_the_assistant_s_units()
    {
        var pta = Assistant();
        var billing = NoteBilling.Compute([Charge("97110", 30), Charge("97140", 15, assistant: 0)],
            BillingFor(Rules(pta, Medicare), writtenBy: UserType.PTA));

        Assert.Equal(["97110-GP-CQ ×2"], billing.Lines[0].ClaimLines.Select(c => c.ToString()));
        Assert.Equal(["97140-GP ×1"], billing.Lines[1].ClaimLines.Select(c => c.ToString()));
        Assert.Contains(billing.Days[0].Warnings, w => w.Contains("KX not decided"));
    }

    [Fact]
    public void A_therapist_s_note_records_assistant_minutes_only_when_given()
    {
        var billing = NoteBilling.Compute([Charge("97110", 30, assistant: 30), Charge("97112", 15)], BillingFor(Rules(Therapist(), Medicare)));

        Assert.Equal(["97110-GP-CQ ×2"], billing.Lines[0].ClaimLines.Select(c => c.ToString()));
        Assert.Equal(["97112-GP ×1"], billing.Lines[1].ClaimLines.Select(c => c.ToString()));
    }

    [Fact]
    public void A_code_on_two_lines_bills_its_pooled_minutes_on_its_first_line()
    {
        var billing = NoteBilling.Compute([Charge("97110", 10), Charge("97110", 10)], BillingFor(Rules(Therapist(), AetnaPpo), AetnaPpo.Name));

        Assert.Equal([1, 0], billing.Lines.Select(l => l.Units));
        Assert.Contains("Same code as line 1", billing.Lines[1].Explanation);
        Assert.Equal(0, billing.Lines[1].ClaimLines.Single().Units);
    }

    [Fact]
    public void Lines_that_cannot_be_billed_are_reported_and_the_rest_still_bill()
    {
        var billing = NoteBilling.Compute(
            [Charge("97110", 23), Charge("99999", 10), Charge("9711", 10), Charge("97130", 15), Charge("97112", null) with { AssistantMinutes = 5 }],
            BillingFor(Rules(Therapist(), Medicare)));

        Assert.Equal(2, billing.TotalUnits);
        Assert.Equal([2, 0, 0, 0, 0], billing.Lines.Select(l => l.Units));
        var fields = billing.Problems.Select(p => p.Field).ToList();
        Assert.Equal(["charges[2].code", "charges[4].assistantMinutes", "charges[1].code", "charges[3].code"], fields);
        Assert.Contains("Unknown code 99999", billing.Problems.Single(p => p.Field == "charges[1].code").Message);
        Assert.Contains("add-on code", billing.Problems.Single(p => p.Field == "charges[3].code").Message);
        Assert.All(billing.Lines.Skip(1), l => Assert.Empty(l.ClaimLines));
    }

    [Fact]
    public void Missing_minutes_count_as_none()
    {
        var billing = NoteBilling.Compute([Charge("97110", null), Charge("97161", null)], BillingFor(Rules(Therapist(), Medicare)));

        Assert.Equal([0, 1], billing.Lines.Select(l => l.Units));
        Assert.Empty(billing.Problems);
    }

    [Fact]
    public void The_clinician_s_tie_choice_is_kept_while_the_minutes_allow_it()
    {
        // 8-minute rule: 97110 and 97112 have 9 left-over minutes each; 33 minutes are 2 units, and either code may take the second.
        var charges = new[] { Charge("97110", 24), Charge("97112", 9) };
        var context = BillingFor(Rules(Therapist(), Medicare));
        var byDefault = NoteBilling.Compute(charges, context);
        var choice = byDefault.Days[0].Calculation.AllowedAllocations.Single(a => !a.Equals(byDefault.Days[0].Calculation.Allocation));

        var chosen = NoteBilling.Compute(charges, context with { TieChoice = choice });
        var stale = NoteBilling.Compute([Charge("97110", 24), Charge("97112", 8)], context with { TieChoice = choice });

        Assert.Equal([2, 0], byDefault.Lines.Select(l => l.Units));
        Assert.Equal([1, 1], chosen.Lines.Select(l => l.Units));
        Assert.True(chosen.Days[0].Calculation.ChosenByClinician);
        Assert.Contains(stale.Days[0].Warnings, w => w.Contains("no longer fits"));
    }

    // billing-rules.md §5: KX once the year's Medicare allowed amounts, this visit included, pass the threshold ($2,480 in 2026).
    [Theory]
    [InlineData(2400, "97110-GP ×2")]        // $2,400 + 2 × $30 = $2,460
    [InlineData(2430, "97110-GP-KX ×2")]     // $2,490
    public void Medicare_lines_get_KX_from_the_patients_spending_so_far(int prior, string claimLine)
    {
        var spending = new MedicareSpending(Fees.PrivatePractice, Fees.Standard, [], [new PriorProviderAmount(Today.Year, prior, 0m)]);

        var billing = NoteBilling.Compute([Charge("97110", 30)], BillingFor(Rules(Therapist(), Medicare)) with { MedicareSpending = spending });

        Assert.Equal([claimLine], billing.Lines[0].ClaimLines.Select(c => c.ToString()));
        Assert.DoesNotContain(billing.Days[0].Warnings, w => w.StartsWith("KX not decided", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_patients_spending_KX_is_left_undecided_and_other_payers_ignore_it()
    {
        var spending = new MedicareSpending(Fees.PrivatePractice, Fees.Standard, [], [new PriorProviderAmount(Today.Year, 5000m, 0m)]);

        var unknown = NoteBilling.Compute([Charge("97110", 30)], BillingFor(Rules(Therapist(), Medicare)));
        var aetna = NoteBilling.Compute([Charge("97110", 30)], BillingFor(Rules(Therapist(), AetnaPpo), AetnaPpo.Name) with { MedicareSpending = spending });

        Assert.Contains(unknown.Days[0].Warnings, w => w.StartsWith("KX not decided", StringComparison.Ordinal));
        Assert.DoesNotContain("KX", aetna.Lines[0].ClaimLines[0].ToString());
    }

    [Fact]
    public void A_code_the_fee_schedule_cannot_price_is_warned_about()
    {
        var spending = new MedicareSpending(Fees.PrivatePractice, Fees.Standard, [], []);

        var billing = NoteBilling.Compute([Charge("97018", null)], BillingFor(Rules(Therapist(), Medicare)) with { MedicareSpending = spending });

        Assert.Contains(billing.Days[0].Warnings, w => w.Contains("no 2026 amount for 97018", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_of_different_dates_are_billed_day_by_day()
    {
        var billing = NoteBilling.Compute([Charge("97110", 10), Charge("97110", 10) with { DateOfService = Today.AddDays(1) }],
            BillingFor(Rules(Therapist(), Medicare)));

        Assert.Equal([Today, Today.AddDays(1)], billing.Days.Select(d => d.DateOfService));
        Assert.Equal([1, 1], billing.Lines.Select(l => l.Units));
    }

    [Fact]
    public void An_ncci_pair_of_timed_codes_needs_the_separate_block_attestation_and_then_gets_the_chosen_modifier()
    {
        var context = BillingFor(Rules(Therapist(), Medicare));

        var withheld =
            NoteBilling.Compute([Charge("97140", 15), Charge("97530", 15) with { ChosenModifiers = ["59"] }], context);
        var attested = NoteBilling.Compute(
            [Charge("97140", 15), Charge("97530", 15) with { SeparateBlockOrRegion = true, ChosenModifiers = ["59"] }],
            context);
        var xs = NoteBilling.Compute([Charge("97140", 15), Charge("97530", 15) with { SeparateBlockOrRegion = true, ChosenModifiers = ["xu"] }], context);

        Assert.Contains(withheld.Lines[1].ClaimLines.Single().Explanations,
            r => r.Contains("separate 15-minute time blocks"));
        Assert.Equal((0, 1), (withheld.Lines[1].Units, withheld.TotalUnits));
        Assert.Equal("97530-GP-59 ×1", attested.Lines[1].ClaimLines.Single().ToString());
        Assert.Equal("97530-GP-XU ×1", xs.Lines[1].ClaimLines.Single().ToString());
    }

    [Fact]
    public void X_modifiers_the_payer_does_not_enable_are_warned_about()
    {
        var aetna = AetnaPpo with { AppliesCciEdits = true };
        var billing = NoteBilling.Compute([Charge("97140", 15), Charge("97530", 15) with { SeparateBlockOrRegion = true, ChosenModifiers = ["XS"] }],
            BillingFor(Rules(Therapist(), aetna), aetna.Name));

        Assert.Contains(billing.Lines[1].Warnings, w => w.Contains("XS is not enabled for Aetna PPO"));
        Assert.Equal(new HashSet<Modifier> { Modifier.DistinctProcedural }, BillingFor(Rules(Therapist(), aetna), aetna.Name).ModifierSettings.EnabledModifiers);
    }

    [Fact]
    public void Modifier_settings_come_from_the_effective_rules()
    {
        var medicare = BillingFor(Rules(Therapist(), Medicare)).ModifierSettings;
        var aetna = BillingFor(Rules(Therapist(), AetnaPpo), AetnaPpo.Name).ModifierSettings;

        Assert.Equal((true, true, true, true), (medicare.AppliesTherapyModifiers, medicare.AppliesCciEdits, medicare.AppliesAssistantModifiers, medicare.AppliesTherapyThreshold));
        Assert.Equal(new HashSet<Modifier> { Modifier.DistinctProcedural, Modifier.XS, Modifier.XU }, medicare.EnabledModifiers);
        Assert.Equal((false, false, false, false), (aetna.AppliesTherapyModifiers, aetna.AppliesCciEdits, aetna.AppliesAssistantModifiers, aetna.AppliesTherapyThreshold));
        Assert.Empty(aetna.EnabledModifiers);
        Assert.Equal("Aetna PPO", aetna.PayerName);
    }

    [Fact]
    public void An_ncci_indicator_0_pair_refuses_the_column_2_code()
    {
        // G0283: Medicare takes no 97014 (MedicareCodeRule)
        var edits = new NcciEditTable([new NcciEdit(ProcedureCode.Parse("97012"), ProcedureCode.Parse("G0283"),
            NcciModifierIndicator.NotAllowed, new DateOnly(2020, 1, 1), null)]);
        var billing = NoteBilling.Compute([Charge("97012", 10), Charge("G0283", 10)],
            BillingFor(Rules(Therapist(), Medicare)) with { Edits = edits });

        Assert.Empty(billing.Lines[0].Refusals);
        Assert.Contains("indicator 0", Assert.Single(billing.Lines[1].Refusals));
    }
}
