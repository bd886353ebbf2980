namespace Rehab.Core.Billing.Modifiers;

/// <summary>What a payer expects of modifiers on therapy claim lines.</summary>
/// <param name="PayerName">How the biller knows the payer, used in the explanations.</param>
/// <param name="AppliesTherapyModifiers">GP, GO or GN on every therapy line.</param>
/// <param name="AppliesCciEdits">NCCI procedure-to-procedure edits and the Chapter XI evaluation rule.</param>
/// <param name="AppliesAssistantModifiers">CQ or CO on services an assistant furnished in whole or in part (Medicare).</param>
/// <param name="AppliesTherapyThreshold">KX above Medicare's yearly therapy threshold.</param>
/// <param name="EnabledModifiers">The NCCI-associated modifiers (59, XE, XS, XP, XU) the payer accepts.</param>
public sealed record PayerModifierSettings(
    string PayerName,
    bool AppliesTherapyModifiers,
    bool AppliesCciEdits,
    bool AppliesAssistantModifiers,
    bool AppliesTherapyThreshold,
    IReadOnlySet<Modifier> EnabledModifiers)
{
    /// <summary>Original Medicare: every rule applies and 59 and all four X modifiers are accepted.</summary>
    public static PayerModifierSettings Medicare(string payerName = "Medicare") =>
        new(payerName, true, true, true, true, Modifier.DistinctService.ToHashSet());

    /// <summary>A payer that asks for none of the modifiers this engine decides.</summary>
    public static PayerModifierSettings None(string payerName) =>
        new(payerName, false, false, false, false, new HashSet<Modifier>());
}
