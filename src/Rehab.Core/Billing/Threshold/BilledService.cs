namespace Rehab.Core.Billing.Threshold;

/// <summary>One billed Medicare therapy code on a date of service: what the threshold estimate prices.</summary>
/// <param name="PricedAt">The fee-schedule locality and facility type of the clinic that provided it; null: the estimate's.</param>
public sealed record BilledService(DateOnly DateOfService, ProcedureCode Code, int Units, Discipline Discipline, MedicareFeeScheduleSetting? PricedAt = null)
{
    public ProcedureCode Code { get; } = Code.Value is null ? throw new ArgumentException("A billed service needs a procedure code.", nameof(Code)) : Code;

    public int Units { get; } = Units >= 0
        ? Units
        : throw new ArgumentOutOfRangeException(nameof(Units), Units, "Billed units cannot be negative.");

    public TherapyBucket Bucket => TherapyBuckets.Of(Discipline);
}
