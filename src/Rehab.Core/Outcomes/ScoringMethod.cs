namespace Rehab.Core.Outcomes;

/// <summary>How an instrument turns its answered items into a score.</summary>
public enum ScoringMethod
{
    /// <summary>The answers added up (LEFS, NPRS).</summary>
    Sum,
    /// <summary>The answers averaged (PSFS).</summary>
    Mean,
    /// <summary>
    /// The answers' mean placed on 0–100 between the scale's ends: (mean − min) ÷ (max − min) × 100. For a 0–5 scale
    /// that is sum ÷ (5 × answered) × 100 (ODI, NDI); for a 1–5 scale, ((sum ÷ answered) − 1) × 25 (QuickDASH).
    /// </summary>
    PercentOfScale,
}
