using Rehab.Core.Billing;
using Rehab.Core.Settings;

namespace Rehab.Core.Tests.Settings;

internal static class SettingsExamples
{
    public static PayerSettings Payer(string name, InsuranceType type, UnitRule rule) => new() { Name = name, Type = type, UnitRule = rule };

    public static PayerSettings AetnaPpo => Payer("Aetna PPO", InsuranceType.PPO, UnitRule.RuleOfEights);
    public static PayerSettings Medicare => Payer("Medicare", InsuranceType.Medicare, UnitRule.EightMinute) with { AppliesTherapyModifiers = true, AppliesCciEdits = true };
    public static PayerSettings CignaOpen => Payer("Cigna Open Access", InsuranceType.Commercial, UnitRule.RuleOfEights);

    public static HashSet<string> Codes(params string[] codes) => new(codes, StringComparer.OrdinalIgnoreCase);
}
