using Rehab.Core.Billing;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Settings.SettingsExamples;

namespace Rehab.Core.Tests.Settings;

public sealed class PayerLintTests
{
    private static IReadOnlyList<SettingsFinding> Lint(PayerSettings payer, params ClinicSettings[] clinics) =>
        PayerLint.Check([payer], new CompanySettings(), clinics.Length == 0 ? [new ClinicSettings()] : clinics);

    [Theory]
    [InlineData(InsuranceType.Medicaid)]
    [InlineData(InsuranceType.Tricare)]
    [InlineData(InsuranceType.VA)]
    public void Government_payers_on_the_rule_of_8s_are_warned(InsuranceType type)
    {
        var finding = Assert.Single(Lint(Payer("State Plan", type, UnitRule.RuleOfEights)));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("Payer State Plan", finding.Subject);
        Assert.Contains("8-Minute Rule", finding.HowToFix);
    }

    [Theory]
    [InlineData(InsuranceType.Medicaid, UnitRule.EightMinute)]
    [InlineData(InsuranceType.Commercial, UnitRule.RuleOfEights)]
    public void Other_unit_rules_are_not_warned(InsuranceType type, UnitRule rule) =>
        Assert.Empty(Lint(Payer("State Plan", type, rule)));

    [Fact]
    public void Medicare_without_therapy_modifiers_is_an_error()
    {
        var finding = Assert.Single(Lint(Medicare with { AppliesTherapyModifiers = false }));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("GP, GO or GN", finding.Message);
    }

    [Fact]
    public void Medicare_with_therapy_modifiers_is_fine() => Assert.Empty(Lint(Medicare));

    [Theory]
    [InlineData("Medicare Part B", InsuranceType.Medicare)]
    [InlineData("Humana Medicare Advantage", InsuranceType.MedicareReplacement)]
    [InlineData("State Medicaid", InsuranceType.Medicaid)]
    [InlineData("Blue Cross of Idaho", InsuranceType.BCBS)]
    [InlineData("Anthem BCBS", InsuranceType.BCBS)]
    [InlineData("TRICARE West", InsuranceType.Tricare)]
    [InlineData("VA Community Care", InsuranceType.VA)]
    [InlineData("Workers' Comp Fund", InsuranceType.WorkersComp)]
    [InlineData("United PPO", InsuranceType.PPO)]
    [InlineData("Geico Auto", InsuranceType.AutoPip)]
    public void A_payer_left_on_hmo_whose_name_says_otherwise_is_warned(string name, InsuranceType suggested)
    {
        var finding = Assert.Single(Lint(Payer(name, InsuranceType.HMO, UnitRule.EightMinute)));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains($"suggests {suggested.DisplayName()}", finding.Message);
    }

    [Theory]
    [InlineData("Kaiser Permanente", InsuranceType.HMO)]
    [InlineData("Vantage Health HMO", InsuranceType.HMO)]
    [InlineData("Aetna HMO/PPO Select", InsuranceType.HMO)]
    [InlineData("Medicare Part B", InsuranceType.Medicare)]
    [InlineData("Blue Cross PPO", InsuranceType.BCBS)]
    public void A_name_that_fits_its_type_is_not_warned(string name, InsuranceType type) =>
        Assert.Empty(Lint(Payer(name, type, UnitRule.EightMinute) with { AppliesTherapyModifiers = true }));

    [Fact]
    public void Enabled_modifiers_the_company_does_not_define_are_warned()
    {
        var finding = Assert.Single(Lint(AetnaPpo with { EnabledAdditionalModifiers = Codes("59", "Q7") }));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("Q7", finding.Message);
        Assert.DoesNotContain("59", finding.Message);
    }

    [Fact]
    public void Enabled_modifiers_the_company_defines_are_fine() =>
        Assert.Empty(Lint(AetnaPpo with { EnabledAdditionalModifiers = Codes("59", "kx") }));

    [Fact]
    public void Assistant_finalization_on_a_payer_while_every_clinic_has_it_off_is_noted()
    {
        var payer = AetnaPpo with { AllowAssistantFinalization = true };
        var off = new ClinicSettings { AssistantFinalization = false };

        var finding = Assert.Single(Lint(payer, off, off));

        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Empty(Lint(payer, off, new ClinicSettings()));
        Assert.Empty(Lint(AetnaPpo, off, off));
    }
}
