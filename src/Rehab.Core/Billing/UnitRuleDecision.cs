namespace Rehab.Core.Billing;

/// <summary>The unit rule a note is billed by, and why, in words.</summary>
public sealed record UnitRuleDecision(UnitRule Rule, string Reason)
{
    /// <summary>The rule for a case with these payers: theirs when they agree, else as the company's Payer Rules setting says.</summary>
    public static UnitRuleDecision Resolve(UnitRule primary, UnitRule? secondary, PayerRules payerRules)
    {
        if (secondary is not { } second)
            return new(primary, $"The primary payer bills by the {primary.DisplayName()}, and there is no secondary payer.");
        if (second == primary)
            return new(primary, $"Both payers bill by the {primary.DisplayName()}.");
        var conflict = $"The primary payer bills by the {primary.DisplayName()} and the secondary by the {second.DisplayName()}";
        return payerRules == PayerRules.DeferToPrimary
            ? new(primary, $"{conflict}; the company's Payer Rules setting defers to the primary payer, so the {primary.DisplayName()} applies.")
            : new(UnitRule.EightMinute, $"{conflict}; the company's Payer Rules setting defers to the 8-Minute Rule when payers disagree.");
    }
}
