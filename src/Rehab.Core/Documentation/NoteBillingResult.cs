using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Common;
using Rehab.Core.Settings;

namespace Rehab.Core.Documentation;

/// <summary>
/// What one charge line bills: its units and why, and the claim lines it becomes (two when only some units carry CQ or
/// CO).
/// </summary>
/// <param name="Index">The line's 0-based position on the note.</param>
/// <param name="Units">Units billed on this line; 0 when the code's units are on an earlier line, or the line cannot be billed.</param>
/// <param name="Explanation">Why the line has its units, in words.</param>
/// <param name="ClaimLines">The line as the claim carries it, with modifiers and their reasons; empty while the line has problems.</param>
public sealed record ChargeBilling(int Index, ChargeLineDraft Charge, int Units, string Explanation, IReadOnlyList<ModifierResult> ClaimLines)
{
    /// <summary>Why the line must not be billed as it stands (such as an NCCI edit that allows no modifier).</summary>
    public IReadOnlyList<string> Refusals => ClaimLines.SelectMany(c => c.Refusals).Distinct().ToList();

    public IReadOnlyList<string> Warnings => ClaimLines.SelectMany(c => c.Warnings).Distinct().ToList();

    public IReadOnlyList<Modifier> Modifiers => ClaimLines.SelectMany(c => c.Modifiers).Distinct().ToList();
}

/// <summary>One date of service's units under the rule in force, with the day's explanation and tie choices.</summary>
/// <param name="Calculation">The units: <see cref="UnitCalculation.Explain"/> for the words, <see cref="UnitCalculation.AllowedAllocations"/> for the choices a tie allows.</param>
/// <param name="Warnings">What the biller should look at for the visit as a whole.</param>
public sealed record VisitDayBilling(
    DateOnly DateOfService, UnitCalculation Calculation, IReadOnlyList<string> Warnings)
{
    /// <summary>Of the day's units, those on the patient's other finalized notes of the day.</summary>
    public int UnitsBilledBefore { get; init; }

    public int TimedMinutesBilledBefore { get; init; }

    /// <summary>Buckets whose KX the engine could not decide and nobody attested: not finalized so.</summary>
    public IReadOnlyList<KxUndecided> KxUndecided { get; init; } = [];

    /// <summary>
    /// What each split a tie allows bills, in the order of <see cref="UnitCalculation.AllowedAllocations"/>.
    /// </summary>
    public IReadOnlyList<TieChoiceEffect> TieEffects { get; init; } = [];
}

/// <summary>
/// A note's charges billed: the rule in force and why, each line's units and modifiers, and the lines that cannot be
/// billed yet.
/// </summary>
/// <param name="Problems">Lines the billing engine cannot price: a malformed or unknown code, an add-on without its primary code.</param>
public sealed record NoteBillingResult(
    Reasoned<UnitRule> Rule,
    IReadOnlyList<ChargeBilling> Lines,
    IReadOnlyList<VisitDayBilling> Days,
    IReadOnlyList<Problem> Problems)
{
    public int TotalUnits => Lines.Sum(l => l.Units);

    /// <summary>Minutes of the timed codes billed; untimed codes' minutes never count.</summary>
    public int TimedMinutes => Days.Sum(d => d.Calculation.TimedMinutes - d.TimedMinutesBilledBefore);
}
