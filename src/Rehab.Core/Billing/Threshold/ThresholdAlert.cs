namespace Rehab.Core.Billing.Threshold;

/// <summary>Which Medicare threshold alert a patient's therapy in one bucket calls for.</summary>
public enum ThresholdAlert
{
    /// <summary>Under the approaching level.</summary>
    None,
    /// <summary>At or over 80% of the KX threshold, still under it.</summary>
    Approaching,
    /// <summary>The KX threshold is reached: further therapy lines in the bucket need the KX modifier.</summary>
    KxRequired,
    /// <summary>The targeted medical-review amount is reached: claims may be selected for review.</summary>
    TargetedReview,
}
