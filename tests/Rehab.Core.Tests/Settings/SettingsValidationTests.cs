using Rehab.Core.Billing;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Settings.SettingsExamples;

namespace Rehab.Core.Tests.Settings;

public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData(InsuranceType.Medicare)]
    [InlineData(InsuranceType.MedicareReplacement)]
    public void Medicare_types_on_the_rule_of_8s_are_refused_with_the_reason(InsuranceType type)
    {
        var errors = Payer("Medicare Part B", type, UnitRule.RuleOfEights).Validate().ToDictionary();

        var message = Assert.Single(errors[nameof(PayerSettings.UnitRule)]);
        Assert.Contains("always bill by the 8-Minute Rule", message);
    }

    [Theory]
    [InlineData(InsuranceType.Medicare, UnitRule.EightMinute)]
    [InlineData(InsuranceType.PPO, UnitRule.RuleOfEights)]
    [InlineData(InsuranceType.Medicaid, UnitRule.RuleOfEights)]
    public void Other_combinations_are_accepted(InsuranceType type, UnitRule rule) =>
        Assert.True((Payer("Some Payer", type, rule)
                with { AppliesTherapyModifiers = true, AppliesAssistantModifiers = true })
            .Validate().IsValid);

    [Fact]
    public void A_payer_needs_a_name() =>
        Assert.Contains(nameof(PayerSettings.Name), Payer(" ", InsuranceType.PPO, UnitRule.RuleOfEights).Validate().ToDictionary().Keys);

    [Fact]
    public void Enabled_modifiers_must_be_defined_by_the_company_when_it_is_given()
    {
        var payer = AetnaPpo with { EnabledAdditionalModifiers = Codes("59", "Q7") };

        Assert.True(payer.Validate().IsValid);
        var message = Assert.Single(payer.Validate(new CompanySettings()).ToDictionary()[nameof(PayerSettings.EnabledAdditionalModifiers)]);
        Assert.Contains("Q7", message);
    }

    [Fact]
    public void A_visit_limit_must_be_positive() =>
        Assert.False((AetnaPpo with { VisitsPerYearLimit = 0 }).Validate().IsValid);

    [Fact]
    public void Company_defaults_are_valid_and_seed_the_eleven_modifiers()
    {
        var company = new CompanySettings();

        Assert.True(company.Validate().IsValid);
        Assert.Equal(["59", "XE", "XS", "XP", "XU", "KX", "CQ", "CO", "GA", "GY", "GZ"], company.AdditionalModifiers.Select(m => m.Code));
    }

    [Fact]
    public void Company_modifiers_must_be_two_characters_and_unique()
    {
        var company = new CompanySettings { AdditionalModifiers = [new("59", "Distinct"), new("59", "Again"), new("ABC", "Too long")] };

        var errors = company.Validate().ToDictionary();
        Assert.Contains("additionalModifiers", errors.Keys);
        Assert.Contains("additionalModifiers[2].code", errors.Keys);
    }

    [Fact]
    public void Clinic_defaults_are_valid_with_office_and_assistant_finalization_on()
    {
        var clinic = new ClinicSettings();

        Assert.True(clinic.Validate().IsValid);
        Assert.Equal("11", clinic.DefaultPlaceOfService);
        Assert.True(clinic.AssistantFinalization);
        Assert.Null(clinic.MedicareFeeSchedule);
        Assert.True(clinic.UsesPresetSupervisionWording);
    }

    [Fact]
    public void Clinic_refuses_a_malformed_place_of_service_and_empty_wording()
    {
        var errors = new ClinicSettings { DefaultPlaceOfService = "Office", SupervisionWording = "" }.Validate().ToDictionary();

        Assert.Contains(nameof(ClinicSettings.DefaultPlaceOfService), errors.Keys);
        Assert.Contains(nameof(ClinicSettings.SupervisionWording), errors.Keys);
    }

    [Fact]
    public void Unknown_unit_rules_and_payer_rules_are_refused()
    {
        Assert.Contains(nameof(PayerSettings.UnitRule), new PayerSettings { Name = "Aetna PPO", Type = InsuranceType.PPO, UnitRule = (UnitRule)7 }.Validate().ToDictionary().Keys);
        Assert.Contains(nameof(CompanySettings.PayerRules), new CompanySettings { PayerRules = (PayerRules)7 }.Validate().ToDictionary().Keys);
    }

    [Fact]
    public void Places_of_service_are_described_by_code_and_name_and_listed_for_a_choice()
    {
        Assert.Equal("11 (Office)", PlaceOfService.Describe("11"));
        Assert.Equal("88", PlaceOfService.Describe("88"));
        Assert.Equal("Office", PlaceOfService.Describe("Office"));
        Assert.Equal("02", PlaceOfService.Known[0].Code);
        Assert.Contains(PlaceOfService.Known, p => p.Code == "11" && p.Name == "Office");
        Assert.All(PlaceOfService.Known, p => Assert.NotNull(p.Name));
    }

    [Fact]
    public void Custom_supervision_wording_is_allowed() =>
        Assert.False(new ClinicSettings { SupervisionWording = "Supervised on site by the PT." }.UsesPresetSupervisionWording);

    [Theory]
    [InlineData(InsuranceType.WorkersComp, "Workers' Comp")]
    [InlineData(InsuranceType.AutoPip, "Auto/PIP")]
    [InlineData(InsuranceType.MedicareReplacement, "Medicare Replacement")]
    [InlineData(InsuranceType.BCBS, "BCBS")]
    public void Insurance_types_have_display_names(InsuranceType type, string name) => Assert.Equal(name, type.DisplayName());
}
