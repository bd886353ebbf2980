using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Settings;
using Rehab.Core.Users;

namespace Rehab.Core.Documentation;

/// <summary>What a note's charges are billed under, besides the charges themselves.</summary>
/// <param name="Rules">The effective rules of the case's clinic and payers, for the note's author.</param>
/// <param name="PayerName">The primary payer, as explanations name it.</param>
/// <param name="Discipline">The discipline of the plan of care: the case's assigned therapist's.</param>
/// <param name="WrittenBy">The user type of the note's author: an assistant's notes count their minutes as the assistant's unless told otherwise.</param>
public sealed record NoteBillingContext(EffectiveRules Rules, string PayerName, Discipline Discipline, UserType WrittenBy)
{
    public CodeCatalog Catalog { get; init; } = CodeCatalog.Standard;

    /// <summary>The NCCI edits in force; the seed table when null.</summary>
    public NcciEditTable? Edits { get; init; }

    /// <summary>
    /// The patient's Medicare spending KX is decided on, when the payer applies the therapy threshold and the note's clinic
    /// has a fee schedule; without it a Medicare note's lines carry a "KX not decided" warning.
    /// </summary>
    public MedicareSpending? MedicareSpending { get; init; }

    /// <summary>The billed lines of the patient's other finalized notes in the discipline on the same days.</summary>
    public IReadOnlyList<BilledBefore> BilledBefore { get; init; } = [];

    /// <summary>The clinician's word on KX, for the visits whose KX the engine cannot decide.</summary>
    public KxAttestation? KxAttestation { get; init; }

    /// <summary>The clinician's split of an 8-minute-rule tie, when they chose one.</summary>
    public UnitAllocation? TieChoice { get; init; }

    /// <summary>Why the note bills nothing at all (<see cref="StudentServices.NotBillable"/>), or null.</summary>
    public string? NotBillable { get; init; }

    /// <summary>
    /// The payer's modifier rules as the modifier engine takes them. 59 comes with CCI edits; XE, XS, XP and XU are
    /// accepted when they are among the additional modifiers the payer enables and the company defines.
    /// </summary>
    public PayerModifierSettings ModifierSettings => new(
        PayerName,
        Rules.TherapyModifiers.Value,
        Rules.CciEdits.Value,
        Rules.AssistantModifiers.Value,
        Rules.ThresholdModifier.Value,
        Rules.CciEdits.Value
            ? Modifier.DistinctService
                .Where(m => m == Modifier.DistinctProcedural || Rules.AdditionalModifiers.Value.Any(a => Modifier.TryParse(a.Code, out var x) && x == m))
                .ToHashSet()
            : new HashSet<Modifier>());
}
