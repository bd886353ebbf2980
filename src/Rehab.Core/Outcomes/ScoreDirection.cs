namespace Rehab.Core.Outcomes;

/// <summary>Which way an instrument's score gets better.</summary>
public enum ScoreDirection
{
    /// <summary>A higher score is better function (LEFS, PSFS).</summary>
    HigherIsBetter,
    /// <summary>A higher score is more disability or pain (ODI, NDI, QuickDASH, NPRS).</summary>
    HigherIsWorse,
}

public static class ScoreDirections
{
    /// <summary>How a sentence says it: "higher is better".</summary>
    public static string Describe(this ScoreDirection direction) =>
        direction == ScoreDirection.HigherIsBetter ? "higher is better" : "higher is worse";
}
