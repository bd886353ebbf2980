namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// One claim line: a code, its units and its modifiers in claim order, with the reasons for each modifier,
/// what the biller should look at, and why the line must not be billed when it must not.
/// A billed line whose units are split between CQ/CO and not gives two results with the same <see cref="Source"/>.
/// </summary>
public sealed record ModifierResult(
    BilledLine Source,
    ProcedureCode Code,
    int Units,
    IReadOnlyList<Modifier> Modifiers,
    IReadOnlyList<string> Explanations,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Refusals)
{
    public bool IsRefused => Refusals.Count > 0;

    /// <summary>The line as a biller writes it, such as <c>97110-GP-CQ ×1</c>.</summary>
    public override string ToString() =>
        string.Join("-", Modifiers.Select(m => m.Code).Prepend(Code.Value)) + " ×" + Units;
}

/// <summary>The claim lines of a date of service, and what concerns the visit as a whole.</summary>
public sealed record ModifierOutcome(IReadOnlyList<ModifierResult> Lines, IReadOnlyList<string> Warnings)
{
    /// <summary>Buckets whose KX could not be decided and was not attested: the note must not be finalized.</summary>
    public IReadOnlyList<KxUndecided> KxUndecided { get; init; } = [];
}
