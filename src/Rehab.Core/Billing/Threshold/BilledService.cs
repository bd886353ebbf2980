namespace Rehab.Core.Billing.Threshold;

/// <summary>One billed Medicare therapy code on a date of service: what the threshold estimate prices.</summary>
/// <param name="PricedAt">The fee-schedule locality and facility type of the clinic that provided it; null: the estimate's.</param>
/// <param name="Visit">The note it was billed on: each note is a visit that decides its own KX. Null: its date of service is the visit.</param>
public sealed record BilledService(
    DateOnly DateOfService, ProcedureCode Code, int Units, Discipline Discipline, MedicareFeeScheduleSetting? PricedAt = null, Guid? Visit = null)
{
    public ProcedureCode Code { get; } = Code.Value is null ? throw new ArgumentException("A billed service needs a procedure code.", nameof(Code)) : Code;

    public int Units { get; } = Units >= 0
        ? Units
        : throw new ArgumentOutOfRangeException(nameof(Units), Units, "Billed units cannot be negative.");

    public TherapyBucket Bucket => TherapyBuckets.Of(Discipline);

    /// <summary>Units billed with CQ or CO: they count at 85% (<see cref="ThresholdAccrual"/>).</summary>
    public int AssistantUnits { get; init; }
}
