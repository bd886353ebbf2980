namespace Rehab.Core.Billing.Threshold;

/// <summary>What <see cref="ThresholdEstimator.Estimate"/> answers: an estimate, or why there is none.</summary>
public abstract record ThresholdEstimateResult(int Year);

/// <summary>The year has no Medicare therapy threshold in <see cref="MedicareTherapyThreshold.Table"/>.</summary>
public sealed record NoThresholdForYear(int Year, string Explanation) : ThresholdEstimateResult(Year);

/// <summary>
/// How close a patient is to this year's Medicare therapy thresholds, per bucket. An estimate: services are
/// priced with the clinic's fee-schedule setting, and prior providers' amounts are what the clinic entered.
/// </summary>
public sealed record ThresholdEstimate(
    int Year,
    MedicareFeeScheduleSetting Setting,
    MedicareTherapyThreshold Thresholds,
    IReadOnlyList<BucketEstimate> Buckets,
    IReadOnlyList<NotPricedService> NotPriced,
    string Caveat) : ThresholdEstimateResult(Year)
{
    public BucketEstimate Bucket(TherapyBucket bucket) => Buckets.Single(b => b.Bucket == bucket);
}

/// <summary>One threshold's numbers: the PT/SLP one or the OT one.</summary>
/// <param name="PriorAmount">Entered for other providers this year.</param>
/// <param name="BilledAmount">The priced services: units × allowed amount, summed.</param>
/// <param name="Used">Prior amount plus billed amount.</param>
/// <param name="Remaining">What is left before the KX threshold, never below zero.</param>
/// <param name="PercentOfThreshold">Used as a percent of the KX threshold, rounded down to one decimal.</param>
/// <param name="RemainingToTargetedReview">What is left before the targeted medical-review amount, never below zero.</param>
/// <param name="NotPricedCount">Services in this bucket the fee schedule had no amount for: the used amount is low by them.</param>
public sealed record BucketEstimate(
    TherapyBucket Bucket,
    decimal PriorAmount,
    decimal BilledAmount,
    decimal Used,
    decimal KxThreshold,
    decimal Remaining,
    decimal PercentOfThreshold,
    decimal TargetedReview,
    decimal RemainingToTargetedReview,
    int NotPricedCount,
    ThresholdAlert Alert,
    string Explanation);

/// <summary>A service left out of the estimate because the fee schedule has no amount for it.</summary>
public sealed record NotPricedService(BilledService Service, string Reason);
