namespace Rehab.Core.Billing.Threshold;

/// <summary>
/// What Medicare allows for one unit of a code in a calendar year, in one payment locality, for one facility
/// type. The allowed amount includes the patient's deductible and coinsurance.
/// </summary>
public sealed record FeeScheduleEntry(
    int Year, ProcedureCode Code, FeeScheduleLocality Locality, FacilityType FacilityType, decimal AllowedAmount)
{
    public ProcedureCode Code { get; } = Code.Value is null ? throw new ArgumentException("A fee-schedule entry needs a procedure code.", nameof(Code)) : Code;

    public FeeScheduleLocality Locality { get; } = Locality.CarrierNumber is null
        ? throw new ArgumentException("A fee-schedule entry needs a locality.", nameof(Locality))
        : Locality;

    public decimal AllowedAmount { get; } = AllowedAmount >= 0
        ? AllowedAmount
        : throw new ArgumentOutOfRangeException(nameof(AllowedAmount), AllowedAmount, "An allowed amount cannot be negative.");
}
