using Rehab.Core.Billing;
using Rehab.Core.Common;

namespace Rehab.Core.Settings;

/// <summary>
/// What a Medicare-type payer cannot be set to, and the modifiers a case follows when Medicare is its primary or its
/// secondary payer: the claim Medicare receives carries GP/GO/GN, CQ/CO and KX either way.
/// </summary>
public static class MedicarePayerRules
{
    /// <summary>A new payer applies CQ/CO unless told otherwise when it is of a Medicare type.</summary>
    public static bool AssistantModifiersByDefault(InsuranceType type) => type.IsMedicare();

    internal static void Validate(PayerSettings payer, ValidationErrors errors)
    {
        // Pub. 100-04 Ch. 5 §20.1: every outpatient therapy line carries GP, GO or GN.
        if (payer.Type.IsMedicare() && !payer.AppliesTherapyModifiers)
            errors.Add(nameof(PayerSettings.AppliesTherapyModifiers),
                $"{payer.Type.DisplayName()} payers always apply therapy modifiers: Medicare pays no outpatient " +
                "therapy line without GP, GO or GN (Pub. 100-04 Ch. 5 §20.1).");
        // SSA §1834(v): Part B services an assistant furnished in whole or in part carry CQ or CO.
        if (payer.Type == InsuranceType.Medicare && !payer.AppliesAssistantModifiers)
            errors.Add(nameof(PayerSettings.AppliesAssistantModifiers),
                "Medicare payers always apply assistant modifiers: services a PTA or OTA furnished in whole or in " +
                "part carry CQ or CO (SSA §1834(v)).");
    }

    internal static Reasoned<bool> TherapyModifiers(PayerSettings primary, PayerSettings? secondary)
    {
        if (primary.AppliesTherapyModifiers)
            return new(true, "GP/GO/GN are added automatically by the case therapist's discipline: " +
                $"primary {primary.Name} applies therapy modifiers.");
        if (Applying(primary, secondary, p => p.Type.IsMedicare()) is { } medicare)
            return new(true, "GP/GO/GN are added automatically by the case therapist's discipline: " +
                $"{medicare} is a Medicare payer, which pays no therapy line without one (Pub. 100-04 Ch. 5 §20.1).");
        return new(false, $"No GP/GO/GN are added: primary {primary.Name} does not apply therapy modifiers.");
    }

    internal static Reasoned<bool> AssistantModifiers(PayerSettings primary, PayerSettings? secondary)
    {
        const string applies = "CQ or CO go on services an assistant furnished in whole or in part (SSA §1834(v))";
        if (Applying(primary, secondary, p => p.AppliesAssistantModifiers || p.Type == InsuranceType.Medicare)
            is { } payer)
            return new(true, $"{applies}: {payer} applies assistant modifiers.");
        return new(false, "No CQ or CO are added: no payer on the case applies assistant modifiers.");
    }

    /// <summary>KX is a Medicare Part B rule: it follows a payer of type Medicare, primary or secondary.</summary>
    internal static Reasoned<bool> ThresholdModifier(PayerSettings primary, PayerSettings? secondary)
    {
        if (Applying(primary, secondary, p => p.Type == InsuranceType.Medicare) is { } payer)
            return new(true, "KX goes on lines once the patient's therapy amounts for the year pass the threshold " +
                $"(BBA 2018 §50202): {payer} is Medicare.");
        var second = secondary is null ? "" : $", secondary {secondary.Name} is {secondary.Type.DisplayName()}";
        return new(false, $"No KX is added: no payer on the case is Medicare (primary {primary.Name} is " +
            $"{primary.Type.DisplayName()}{second}).");
    }

    /// <summary>Medicare pays no 97014 and bundles 97010: both follow a Medicare-type payer anywhere.</summary>
    internal static Reasoned<bool> MedicareClaim(PayerSettings primary, PayerSettings? secondary) =>
        Applying(primary, secondary, p => p.Type.IsMedicare()) is { } payer
            ? new(true, $"A claim goes to Medicare: {payer} is a Medicare payer.")
            : new(false, "No claim goes to Medicare: neither payer on the case is a Medicare payer.");

    /// <summary>
    /// Rule-of-8s units from a primary payer go onto the Medicare secondary claim as they are, and can be more than
    /// CMS's 8-Minute Rule allows (Pub. 100-04 Ch. 5 §20.2), such as 4 units for 24 and 23 minutes where CMS allows 3.
    /// </summary>
    internal static string? SecondaryUnitWarning(UnitRule rule, PayerSettings? secondary) =>
        rule == UnitRule.RuleOfEights && secondary is { } medicare && medicare.Type.IsMedicare()
            ? $"Warning: the {medicare.Name} claim will carry Rule-of-8s units, which can be more than CMS allows " +
              "(97112 24 min and 97110 23 min bill 4 units where CMS's 8-Minute Rule allows 3, " +
              "Pub. 100-04 Ch. 5 §20.2)."
            : null;

    /// <summary>
    /// The settings review's finding for a Rule-of-8s payer when the company defers to the primary payer and bills a
    /// Medicare payer too: a Medicare secondary behind it is billed the primary's units.
    /// </summary>
    public static SettingsFinding? SecondaryUnitFinding(PayerSettings payer, CompanySettings company,
        IEnumerable<PayerSettings> allPayers) =>
        payer.EffectiveUnitRule == UnitRule.RuleOfEights && company.PayerRules == PayerRules.DeferToPrimary
        && allPayers.Any(p => p.Type.IsMedicare())
            ? new(FindingSeverity.Warning, $"Payer {payer.Name}",
                $"{payer.Name} bills by the Rule of 8s and the company's Payer Rules defer to the primary payer: a " +
                "Medicare secondary claim behind it will carry more units than CMS allows (97112 24 min and 97110 " +
                "23 min bill 4 units where CMS's 8-Minute Rule allows 3, Pub. 100-04 Ch. 5 §20.2).",
                "Set the company's Payer Rules to defer to the 8-Minute Rule, or check the units of every claim that " +
                "goes on to Medicare.")
            : null;

    private static string? Applying(PayerSettings primary, PayerSettings? secondary,
        Func<PayerSettings, bool> applies) =>
        applies(primary) ? $"primary {primary.Name}"
        : secondary is { } second && applies(second) ? $"secondary {second.Name}"
        : null;
}
