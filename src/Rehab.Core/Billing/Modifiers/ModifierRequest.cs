namespace Rehab.Core.Billing.Modifiers;

/// <summary>A patient's billed lines for one date of service, one payer, and what the rules need to know.</summary>
/// <param name="Edits">The NCCI edits to apply; <see cref="NcciEditTable.Seed"/> when null.</param>
/// <param name="YearToDate">Medicare allowed amounts per therapy bucket, for KX.</param>
/// <param name="KxAttestation">The clinician's word on KX, used only where the engine cannot decide it.</param>
public sealed record ModifierRequest(
    DateOnly DateOfService,
    PayerModifierSettings Payer,
    IReadOnlyList<BilledLine> Lines,
    NcciEditTable? Edits = null,
    IReadOnlyDictionary<TherapyBucket, TherapyYearToDate>? YearToDate = null,
    KxAttestation? KxAttestation = null);
