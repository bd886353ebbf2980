namespace Rehab.Core.Outcomes;

/// <summary>The whole-number answers every item of an instrument takes, and what the ends of the scale mean.</summary>
public sealed record AnswerScale(int Min, int Max, string MinMeans, string MaxMeans)
{
    public bool Allows(int answer) => answer >= Min && answer <= Max;
}
