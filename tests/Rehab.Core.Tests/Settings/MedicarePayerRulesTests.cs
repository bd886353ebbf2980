using Rehab.Core.Billing;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Settings.SettingsExamples;

namespace Rehab.Core.Tests.Settings;

// Issue 14 items 4-6: Medicare's modifiers wherever Medicare stands on the case, and what a Medicare payer cannot be
// set to.
public sealed class MedicarePayerRulesTests
{
    private static PayerSettings Valid(InsuranceType type) =>
        Payer("Some Payer", type, UnitRule.EightMinute)
            with { AppliesTherapyModifiers = true, AppliesAssistantModifiers = true };

    // Pub. 100-04 Ch. 5 §20.1: GP/GO/GN on every outpatient therapy line.
    [Theory]
    [InlineData(InsuranceType.Medicare)]
    [InlineData(InsuranceType.MedicareReplacement)]
    public void Pub_100_04_Ch5_20_1_a_Medicare_type_cannot_turn_therapy_modifiers_off(InsuranceType type)
    {
        var errors = (Valid(type) with { AppliesTherapyModifiers = false }).Validate().ToDictionary();

        var message = Assert.Single(errors[nameof(PayerSettings.AppliesTherapyModifiers)]);
        Assert.Contains("always apply therapy modifiers", message);
        Assert.Contains("§20.1", message);
    }

    [Fact]
    public void Other_payers_may_turn_therapy_modifiers_off() =>
        Assert.True((Valid(InsuranceType.PPO) with { AppliesTherapyModifiers = false }).Validate().IsValid);

    // SSA §1834(v): Original Medicare pays assistants' services with CQ/CO; Medicare Advantage and others may choose.
    [Theory]
    [InlineData(InsuranceType.Medicare, false)]
    [InlineData(InsuranceType.MedicareReplacement, true)]
    [InlineData(InsuranceType.Commercial, true)]
    public void SSA_1834v_only_Original_Medicare_cannot_turn_assistant_modifiers_off(InsuranceType type, bool valid)
    {
        var errors = (Valid(type) with { AppliesAssistantModifiers = false }).Validate().ToDictionary();

        Assert.Equal(valid, !errors.ContainsKey(nameof(PayerSettings.AppliesAssistantModifiers)));
    }

    [Theory]
    [InlineData(InsuranceType.Medicare, true)]
    [InlineData(InsuranceType.MedicareReplacement, true)]
    [InlineData(InsuranceType.PPO, false)]
    [InlineData(InsuranceType.Commercial, false)]
    public void Assistant_modifiers_are_on_by_default_for_Medicare_types(InsuranceType type, bool on) =>
        Assert.Equal(on, MedicarePayerRules.AssistantModifiersByDefault(type));

    [Fact]
    public void A_commercial_payer_that_requires_CQ_CO_gets_them_and_no_KX()
    {
        var rules = Resolve(CignaOpen with { AppliesAssistantModifiers = true });

        Assert.True(rules.AssistantModifiers.Value);
        Assert.Contains("primary Cigna Open Access applies assistant modifiers", rules.AssistantModifiers.Reason);
        Assert.False(rules.ThresholdModifier.Value);
    }

    [Fact]
    public void A_Medicare_secondary_puts_a_Medicare_claim_on_the_case()
    {
        Assert.True(Resolve(AetnaPpo, Medicare).MedicareClaim.Value);
        Assert.False(Resolve(AetnaPpo, CignaOpen).MedicareClaim.Value);
    }

    // Pub. 100-04 Ch. 5 §20.2: Medicare allows the 8-Minute Rule's units; a Rule-of-8s primary passes on more.
    [Fact]
    public void Deferring_to_a_Rule_of_8s_primary_warns_that_the_Medicare_secondary_gets_more_units_than_CMS_allows()
    {
        var deferring = new CompanySettings { PayerRules = PayerRules.DeferToPrimary };

        var rules = Resolve(AetnaPpo, Medicare, deferring);

        Assert.Equal(UnitRule.RuleOfEights, rules.UnitRule.Value);
        Assert.Contains("the Medicare claim will carry Rule-of-8s units", rules.UnitRule.Reason);
        Assert.Contains("4 units where CMS's 8-Minute Rule allows 3", rules.UnitRule.Reason);
        Assert.DoesNotContain("Medicare claim", Resolve(AetnaPpo, CignaOpen, deferring).UnitRule.Reason);
        Assert.DoesNotContain("Medicare claim",
            Resolve(AetnaPpo, Medicare, new CompanySettings { PayerRules = PayerRules.DeferToEightMinute })
                .UnitRule.Reason);
    }

    [Fact]
    public void The_settings_review_warns_of_a_Rule_of_8s_payer_when_the_company_defers_to_it_and_bills_Medicare()
    {
        var deferring = new CompanySettings { PayerRules = PayerRules.DeferToPrimary };

        var finding = MedicarePayerRules.SecondaryUnitFinding(AetnaPpo, deferring, [AetnaPpo, Medicare]);

        Assert.Equal(FindingSeverity.Warning, finding?.Severity);
        Assert.Contains("more units than CMS allows", finding!.Message);
        Assert.Null(MedicarePayerRules.SecondaryUnitFinding(AetnaPpo, deferring, [AetnaPpo, CignaOpen]));
        Assert.Null(MedicarePayerRules.SecondaryUnitFinding(Medicare, deferring, [AetnaPpo, Medicare]));
        Assert.Null(MedicarePayerRules.SecondaryUnitFinding(AetnaPpo,
            new CompanySettings { PayerRules = PayerRules.DeferToEightMinute }, [AetnaPpo, Medicare]));
    }

    private static EffectiveRules Resolve(PayerSettings primary, PayerSettings? secondary = null,
        CompanySettings? company = null) =>
        EffectiveRulesResolver.Resolve(company ?? new CompanySettings(), new ClinicSettings(), primary, secondary,
            new ActingUser(Rehab.Core.Users.UserType.PT, true));
}
