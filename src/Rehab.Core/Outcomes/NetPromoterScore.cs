namespace Rehab.Core.Outcomes;

/// <summary>Where a 0–10 recommend answer puts the patient.</summary>
public enum RecommendGroup
{
    /// <summary>0 to 6.</summary>
    Detractor,
    /// <summary>7 or 8.</summary>
    Passive,
    /// <summary>9 or 10.</summary>
    Promoter,
}

/// <summary>
/// Net Promoter Score of a set of recommend answers: the percent of promoters (9–10) less the percent of
/// detractors (0–6), from −100 to +100, rounded to a whole number (domain.md §6.4: 50% − 33% = +17).
/// </summary>
public sealed record NetPromoterScore(int Responses, int Promoters, int Passives, int Detractors, int Score)
{
    public const int MinAnswer = 0;
    public const int MaxAnswer = 10;

    /// <exception cref="ArgumentOutOfRangeException">The answer is not 0 to 10.</exception>
    public static RecommendGroup Group(int answer) => answer switch
    {
        < MinAnswer or > MaxAnswer => throw new ArgumentOutOfRangeException(nameof(answer), answer, "A recommend answer is 0 to 10."),
        >= 9 => RecommendGroup.Promoter,
        >= 7 => RecommendGroup.Passive,
        _ => RecommendGroup.Detractor,
    };

    /// <summary>The score of the answers, or null when there are none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An answer is not 0 to 10.</exception>
    public static NetPromoterScore? Of(IEnumerable<int> answers)
    {
        var groups = answers.Select(Group).ToList();
        if (groups.Count == 0)
            return null;
        var promoters = groups.Count(g => g == RecommendGroup.Promoter);
        var detractors = groups.Count(g => g == RecommendGroup.Detractor);
        var score = (int)Math.Round((promoters - detractors) * 100m / groups.Count, MidpointRounding.AwayFromZero);
        return new NetPromoterScore(groups.Count, promoters, groups.Count - promoters - detractors, detractors, score);
    }
}
