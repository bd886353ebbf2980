using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;

namespace Rehab.Core.Documentation;

/// <summary>
/// One split of an 8-minute-rule tie with what it bills: the claim lines, modifiers included, and what they pay.
/// </summary>
public sealed record TieChoiceEffect(UnitAllocation Choice, IReadOnlyList<string> ClaimLines, string PaymentEffect);

/// <summary>
/// What each split of a tie bills, so the clinician chooses knowing the modifiers and payment (a unit that moves to a
/// code the assistant furnished carries CQ or CO and is paid at 85%, SSA §1834(v)).
/// </summary>
public static class TieChoiceEffects
{
    public const int MaxChoices = 20;

    internal static IReadOnlyList<TieChoiceEffect> For(IReadOnlyList<ChargeLineDraft> charges,
        NoteBillingContext context, VisitDayBilling day)
    {
        if (!day.Calculation.HasTie)
            return [];
        var dayCharges = charges.Where(c => c.DateOfService == day.DateOfService).ToList();
        return [.. day.Calculation.AllowedAllocations.Take(MaxChoices).Select(choice =>
        {
            var claim = NoteBilling.Bill(dayCharges, context with { TieChoice = choice }).Lines
                .SelectMany(l => l.ClaimLines).Where(c => c.Units > 0).ToList();
            return new TieChoiceEffect(choice, [.. claim.Select(c => c.ToString())], Payment(claim));
        })];
    }

    private static string Payment(List<ModifierResult> claim)
    {
        var reduced = claim.Where(c => c.Modifiers.Contains(Modifier.CQ) || c.Modifiers.Contains(Modifier.CO))
            .Sum(c => c.Units);
        return reduced == 0
            ? "No unit with CQ or CO: every unit is paid at the full fee schedule amount."
            : $"{(reduced == 1 ? "1 unit" : $"{reduced} units")} with CQ or CO, "
                + "paid at 85% of the fee schedule amount (SSA §1834(v)).";
    }
}
