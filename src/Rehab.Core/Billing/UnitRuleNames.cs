namespace Rehab.Core.Billing;

/// <summary>How unit rules are named to people and in files: "eight-minute" and "rule-of-eights".</summary>
public static class UnitRuleNames
{
    public const string EightMinute = "eight-minute";
    public const string RuleOfEights = "rule-of-eights";

    public static string Name(this UnitRule rule) => rule == UnitRule.EightMinute ? EightMinute : RuleOfEights;

    public static string DisplayName(this UnitRule rule) => rule == UnitRule.EightMinute ? "8-Minute Rule" : "Rule of 8s";

    public static bool TryParse(string? name, out UnitRule rule)
    {
        rule = name == RuleOfEights ? UnitRule.RuleOfEights : UnitRule.EightMinute;
        return name is EightMinute or RuleOfEights;
    }
}
