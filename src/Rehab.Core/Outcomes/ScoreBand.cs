namespace Rehab.Core.Outcomes;

/// <summary>A named range of scores, up to and including <see cref="UpTo"/>, such as the ODI's disability levels.</summary>
public sealed record ScoreBand(decimal UpTo, string Label);
