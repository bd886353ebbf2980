using Rehab.Core.Billing;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using static Rehab.Core.Tests.Settings.SettingsExamples;

namespace Rehab.Core.Tests.Settings;

public sealed class EffectiveRulesResolverTests
{
    private static readonly ActingUser Therapist = new(UserType.PT, true);

    private static EffectiveRules Resolve(PayerSettings primary, PayerSettings? secondary = null, CompanySettings? company = null,
        ClinicSettings? clinic = null, ActingUser? user = null) =>
        EffectiveRulesResolver.Resolve(company ?? new CompanySettings(), clinic ?? new ClinicSettings(), primary, secondary, user ?? Therapist);

    public static TheoryData<UnitRule, UnitRule?, PayerRules, UnitRule> UnitRuleCases => new()
    {
        { UnitRule.RuleOfEights, null, PayerRules.DeferToPrimary, UnitRule.RuleOfEights },
        { UnitRule.RuleOfEights, null, PayerRules.DeferToEightMinute, UnitRule.RuleOfEights },
        { UnitRule.EightMinute, null, PayerRules.DeferToPrimary, UnitRule.EightMinute },
        { UnitRule.EightMinute, null, PayerRules.DeferToEightMinute, UnitRule.EightMinute },
        { UnitRule.RuleOfEights, UnitRule.RuleOfEights, PayerRules.DeferToPrimary, UnitRule.RuleOfEights },
        { UnitRule.RuleOfEights, UnitRule.RuleOfEights, PayerRules.DeferToEightMinute, UnitRule.RuleOfEights },
        { UnitRule.EightMinute, UnitRule.EightMinute, PayerRules.DeferToPrimary, UnitRule.EightMinute },
        { UnitRule.EightMinute, UnitRule.EightMinute, PayerRules.DeferToEightMinute, UnitRule.EightMinute },
        { UnitRule.RuleOfEights, UnitRule.EightMinute, PayerRules.DeferToPrimary, UnitRule.RuleOfEights },
        { UnitRule.RuleOfEights, UnitRule.EightMinute, PayerRules.DeferToEightMinute, UnitRule.EightMinute },
        { UnitRule.EightMinute, UnitRule.RuleOfEights, PayerRules.DeferToPrimary, UnitRule.EightMinute },
        { UnitRule.EightMinute, UnitRule.RuleOfEights, PayerRules.DeferToEightMinute, UnitRule.EightMinute },
    };

    [Theory]
    [MemberData(nameof(UnitRuleCases))]
    public void Unit_rule_follows_the_payers_and_the_company_payer_rules(UnitRule primary, UnitRule? secondary, PayerRules payerRules, UnitRule expected)
    {
        var rules = Resolve(
            Payer("First Health", InsuranceType.PPO, primary),
            secondary is { } s ? Payer("Second Health", InsuranceType.Commercial, s) : null,
            new CompanySettings { PayerRules = payerRules });

        Assert.Equal(expected, rules.UnitRule.Value);
        Assert.Contains($"primary First Health", rules.UnitRule.Reason);
        Assert.EndsWith($"→ {expected.DisplayName()}", rules.UnitRule.Reason);
        if (secondary is null)
            Assert.Contains("no secondary payer", rules.UnitRule.Reason);
        else
            Assert.Contains("secondary Second Health", rules.UnitRule.Reason);
        Assert.Equal(secondary is { } t && t != primary, rules.UnitRule.Reason.Contains("company Payer Rules"));
    }

    [Fact]
    public void The_issue_s_example_reads_as_written()
    {
        var rules = Resolve(AetnaPpo, Medicare, new CompanySettings { PayerRules = PayerRules.DeferToEightMinute });

        Assert.Equal(
            "Rule of 8s from primary Aetna PPO; secondary Medicare uses the 8-Minute Rule; company Payer Rules = defer to the 8-Minute Rule → 8-Minute Rule",
            rules.UnitRule.Reason);
    }

    [Fact]
    public void A_medicare_payer_stored_on_the_rule_of_8s_still_uses_the_8_minute_rule()
    {
        var rules = Resolve(Medicare with { UnitRule = UnitRule.RuleOfEights });

        Assert.Equal(UnitRule.EightMinute, rules.UnitRule.Value);
        Assert.Contains("always uses the 8-Minute Rule", rules.UnitRule.Reason);
    }

    [Theory]
    [InlineData(false, false, false, false)]
    [InlineData(false, false, true, false)]
    [InlineData(false, true, false, false)]
    [InlineData(false, true, true, false)]
    [InlineData(true, false, false, false)]
    [InlineData(true, false, true, false)]
    [InlineData(true, true, false, false)]
    [InlineData(true, true, true, true)]
    public void An_assistant_finalizes_only_when_clinic_payer_and_permission_all_allow(bool clinicOn, bool payerOn, bool permission, bool expected)
    {
        var rules = Resolve(
            AetnaPpo with { AllowAssistantFinalization = payerOn },
            clinic: new ClinicSettings { AssistantFinalization = clinicOn },
            user: new ActingUser(UserType.PTA, permission));

        Assert.Equal(expected, rules.MayFinalize.Value);
        Assert.Contains(clinicOn ? "the clinic allows" : "the clinic does not allow", rules.MayFinalize.Reason);
        Assert.Contains(payerOn ? "Aetna PPO allows" : "Aetna PPO does not allow", rules.MayFinalize.Reason);
        Assert.Contains(permission ? "holds Finalize Notes" : "does not hold Finalize Notes", rules.MayFinalize.Reason);
    }

    [Theory]
    [InlineData(UserType.PT, true, true)]
    [InlineData(UserType.OT, false, false)]
    [InlineData(UserType.SLP, true, true)]
    public void A_therapist_finalizes_with_the_permission_whatever_clinic_and_payer_say(UserType type, bool permission, bool expected)
    {
        var rules = Resolve(AetnaPpo with { AllowAssistantFinalization = false },
            clinic: new ClinicSettings { AssistantFinalization = false }, user: new ActingUser(type, permission));

        Assert.Equal(expected, rules.MayFinalize.Value);
    }

    [Theory]
    [InlineData(UserType.SPT)]
    [InlineData(UserType.SOT)]
    [InlineData(UserType.SSLP)]
    [InlineData(UserType.Clerical)]
    [InlineData(UserType.Biller)]
    public void Students_and_office_staff_never_finalize_even_with_every_gate_open(UserType type)
    {
        var rules = Resolve(AetnaPpo with { AllowAssistantFinalization = true },
            clinic: new ClinicSettings { AssistantFinalization = true }, user: new ActingUser(type, true));

        Assert.False(rules.MayFinalize.Value);
        Assert.Contains(type.ToString(), rules.MayFinalize.Reason);
    }

    [Fact]
    public void Cci_edits_follow_the_primary_payer_and_therapy_modifiers_a_Medicare_payer_in_either_place()
    {
        var withMedicare = Resolve(Medicare, AetnaPpo);
        var withAetna = Resolve(AetnaPpo, Medicare);
        var aetnaAlone = Resolve(AetnaPpo);

        Assert.True(withMedicare.TherapyModifiers.Value);
        Assert.True(withMedicare.CciEdits.Value);
        Assert.Contains("primary Medicare applies therapy modifiers", withMedicare.TherapyModifiers.Reason);
        Assert.True(withAetna.TherapyModifiers.Value);
        Assert.Contains("secondary Medicare is a Medicare payer", withAetna.TherapyModifiers.Reason);
        Assert.False(withAetna.CciEdits.Value);
        Assert.False(aetnaAlone.TherapyModifiers.Value);
        Assert.Contains("primary Aetna PPO does not apply", aetnaAlone.TherapyModifiers.Reason);
    }

    [Fact]
    public void Additional_modifiers_offered_are_the_payer_s_that_the_company_defines()
    {
        var rules = Resolve(AetnaPpo with { EnabledAdditionalModifiers = Codes("kx", "59", "ZZ") });

        Assert.Equal(["59", "KX"], rules.AdditionalModifiers.Value.Select(m => m.Code));
        Assert.Contains("59, KX may be chosen", rules.AdditionalModifiers.Reason);
        Assert.Contains("ZZ is enabled on the payer but not defined by the company", rules.AdditionalModifiers.Reason);
    }

    [Fact]
    public void No_additional_modifiers_when_the_payer_enables_none()
    {
        var rules = Resolve(AetnaPpo);

        Assert.Empty(rules.AdditionalModifiers.Value);
        Assert.Contains("enables none", rules.AdditionalModifiers.Reason);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, true)]
    public void Either_payer_requiring_an_outcome_survey_requires_it(bool primaryRequires, bool secondaryRequires, bool expected)
    {
        var rules = Resolve(AetnaPpo with { RequireOutcomeSurvey = primaryRequires }, Medicare with { RequireOutcomeSurvey = secondaryRequires });

        Assert.Equal(expected, rules.OutcomeSurveyRequired.Value);
        Assert.Equal(primaryRequires, rules.OutcomeSurveyRequired.Reason.Contains("primary Aetna PPO"));
        Assert.Equal(secondaryRequires, rules.OutcomeSurveyRequired.Reason.Contains("secondary Medicare"));
    }

    [Fact]
    public void Place_of_service_and_referral_come_from_the_clinic()
    {
        var defaults = Resolve(AetnaPpo);
        var custom = Resolve(AetnaPpo, clinic: new ClinicSettings { DefaultPlaceOfService = "12", AllowPlaceOfServiceChange = true, RequireReferral = true });

        Assert.Equal("11", defaults.PlaceOfService.Value);
        Assert.False(defaults.MayChangePlaceOfService.Value);
        Assert.False(defaults.ReferralRequired.Value);
        Assert.Equal("12", custom.PlaceOfService.Value);
        Assert.True(custom.MayChangePlaceOfService.Value);
        Assert.True(custom.ReferralRequired.Value);
        Assert.Contains("12", custom.PlaceOfService.Reason);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, true)]
    public void Either_payer_requiring_minutes_per_code_requires_them(bool primaryRequires, bool secondaryRequires, bool expected)
    {
        var rules = Resolve(AetnaPpo with { RequireMinutesPerCode = primaryRequires }, Medicare with { RequireMinutesPerCode = secondaryRequires });

        Assert.Equal(expected, rules.MinutesRequired.Value);
        Assert.Equal(primaryRequires, rules.MinutesRequired.Reason.Contains("primary Aetna PPO"));
        Assert.Equal(secondaryRequires, rules.MinutesRequired.Reason.Contains("secondary Medicare"));
    }

    // Issue 14 item 4: an Aetna-primary, Medicare-secondary patient billed 97110-GP ×2 where KX was required.
    [Theory]
    [InlineData(InsuranceType.Medicare, null, true, true)]
    [InlineData(InsuranceType.PPO, InsuranceType.Medicare, true, true)]
    [InlineData(InsuranceType.PPO, InsuranceType.MedicareReplacement, false, false)]
    [InlineData(InsuranceType.MedicareReplacement, null, false, false)]
    [InlineData(InsuranceType.PPO, null, false, false)]
    public void Assistant_modifiers_and_KX_follow_a_Medicare_payer_primary_or_secondary(
        InsuranceType primary, InsuranceType? secondary, bool assistant, bool kx)
    {
        var rules = Resolve(Payer("First Payer", primary, UnitRule.EightMinute),
            secondary is { } second ? Payer("Second Payer", second, UnitRule.EightMinute) : null);

        Assert.Equal(assistant, rules.AssistantModifiers.Value);
        Assert.Equal(kx, rules.ThresholdModifier.Value);
        Assert.StartsWith(assistant ? "CQ or CO go on services" : "No CQ or CO are added",
            rules.AssistantModifiers.Reason);
        Assert.StartsWith(kx ? "KX goes on lines" : "No KX is added", rules.ThresholdModifier.Reason);
        Assert.Contains(secondary == InsuranceType.Medicare ? "secondary Second Payer" : "primary First Payer",
            rules.ThresholdModifier.Reason);
    }
}
