namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// A bucket whose KX the engine cannot decide: the threshold table lacks the year, or part of the patient's spending
/// cannot be priced while what is priced stays within the threshold. A Medicare note is not finalized so: KX may be
/// due, and a line above the threshold without it is denied (BBA 2018 §50202).
/// </summary>
/// <param name="WhatToFix">What the clinic can correct for the engine to decide, in words.</param>
public sealed record KxUndecided(TherapyBucket Bucket, string WhatToFix)
{
    public string Message =>
        $"KX not decided for {ThresholdModifierRule.Name(Bucket)}: {WhatToFix} " +
        "Correct it, or attest whether KX applies.";
}
