using Rehab.Core.Billing;

namespace Rehab.Core.Tests.Billing;

/// <summary>Which unit rule a note follows when a case has two payers (billing-rules.md §2: the rule is set per payer).</summary>
public sealed class UnitRuleDecisionTests
{
    [Theory]
    [InlineData(UnitRule.EightMinute, PayerRules.DeferToPrimary)]
    [InlineData(UnitRule.RuleOfEights, PayerRules.DeferToPrimary)]
    [InlineData(UnitRule.EightMinute, PayerRules.DeferToEightMinute)]
    [InlineData(UnitRule.RuleOfEights, PayerRules.DeferToEightMinute)]
    public void Without_a_secondary_payer_the_primary_payer_s_rule_applies(UnitRule primary, PayerRules payerRules)
    {
        var decision = UnitRuleDecision.Resolve(primary, null, payerRules);

        Assert.Equal(primary, decision.Rule);
        Assert.Contains("no secondary payer", decision.Reason);
    }

    [Theory]
    [InlineData(UnitRule.EightMinute, PayerRules.DeferToPrimary)]
    [InlineData(UnitRule.RuleOfEights, PayerRules.DeferToPrimary)]
    [InlineData(UnitRule.EightMinute, PayerRules.DeferToEightMinute)]
    [InlineData(UnitRule.RuleOfEights, PayerRules.DeferToEightMinute)]
    public void Payers_that_agree_need_no_setting(UnitRule rule, PayerRules payerRules)
    {
        var decision = UnitRuleDecision.Resolve(rule, rule, payerRules);

        Assert.Equal(rule, decision.Rule);
        Assert.StartsWith("Both payers bill by the", decision.Reason);
    }

    [Theory]
    [InlineData(UnitRule.RuleOfEights, UnitRule.EightMinute, UnitRule.RuleOfEights)]
    [InlineData(UnitRule.EightMinute, UnitRule.RuleOfEights, UnitRule.EightMinute)]
    public void Defer_to_primary_follows_the_primary_payer_when_payers_disagree(UnitRule primary, UnitRule secondary, UnitRule expected)
    {
        var decision = UnitRuleDecision.Resolve(primary, secondary, PayerRules.DeferToPrimary);

        Assert.Equal(expected, decision.Rule);
        Assert.Contains("defers to the primary payer", decision.Reason);
    }

    [Theory]
    [InlineData(UnitRule.RuleOfEights, UnitRule.EightMinute)]
    [InlineData(UnitRule.EightMinute, UnitRule.RuleOfEights)]
    public void Defer_to_eight_minute_bills_by_the_CMS_rule_when_payers_disagree(UnitRule primary, UnitRule secondary)
    {
        var decision = UnitRuleDecision.Resolve(primary, secondary, PayerRules.DeferToEightMinute);

        Assert.Equal(UnitRule.EightMinute, decision.Rule);
        Assert.Contains("defers to the 8-Minute Rule", decision.Reason);
        Assert.Contains("the secondary by the", decision.Reason);
    }
}
