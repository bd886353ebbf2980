namespace Rehab.Core.Billing.Threshold;

/// <summary>
/// The clinic setting "Medicare Fee Schedule": the payment locality closest to the clinic and how it bills
/// Medicare. Services are priced with it to estimate how close a patient is to the threshold.
/// </summary>
public sealed record MedicareFeeScheduleSetting(FeeScheduleLocality Locality, FacilityType FacilityType);
