namespace Rehab.Core.Outcomes;

/// <summary>A scored survey: the score, how many items were answered, and which required ones were not.</summary>
/// <param name="InstrumentCode">The instrument's code, such as "ODI".</param>
/// <param name="Score">On the instrument's range, rounded as <see cref="OutcomeInstrument.Score"/> says.</param>
/// <param name="MissingItems">Required items not answered; a survey is complete when there are none.</param>
/// <param name="Band">The named range the score falls in, for instruments that have them.</param>
/// <param name="Explanation">How the score was reached, in words.</param>
public sealed record SurveyScore(
    string InstrumentCode,
    decimal Score,
    int ItemsAnswered,
    int ItemCount,
    IReadOnlyList<InstrumentItem> MissingItems,
    string? Band,
    string Explanation)
{
    /// <summary>The missing items as messages name them: "section 8 (Social life)".</summary>
    public IReadOnlyList<string> MissingItemNames { get; init; } = [];

    /// <summary>Every required item is answered.</summary>
    public bool IsComplete => MissingItems.Count == 0;
}
