using System.Globalization;
using Rehab.Core.Common;

namespace Rehab.Core.Outcomes;

/// <summary>
/// An outcome measurement tool (a patient-reported questionnaire) as data: its items, answer scale, scoring, score
/// range, direction, minimal clinically important difference and skipped-item rule. The catalogue is
/// <see cref="OutcomeInstruments"/>; scoring rules from domain.md §6.2.
/// </summary>
public sealed record OutcomeInstrument
{
    /// <summary>Scores that are means or percents are rounded to this many decimals, halves away from zero.</summary>
    public const int ScoreDecimals = 1;

    /// <summary>The short name used in the API and on the chart, such as "LEFS".</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>What the instrument measures, such as "Lower-limb function".</summary>
    public required string Measures { get; init; }
    /// <summary>What one item is called: "item", "section" or "activity".</summary>
    public required string ItemNoun { get; init; }
    public required IReadOnlyList<InstrumentItem> Items { get; init; }
    public required AnswerScale Scale { get; init; }
    public required ScoringMethod Scoring { get; init; }
    /// <summary>The scoring formula as the instrument's scoring instructions write it.</summary>
    public required string Formula { get; init; }
    public required decimal MinScore { get; init; }
    public required decimal MaxScore { get; init; }
    /// <summary>The score is a percentage (ODI, NDI): shown with a % sign.</summary>
    public bool IsPercent { get; init; }
    public required ScoreDirection Direction { get; init; }
    /// <summary>The smallest change, on the score's own scale, that patients notice as important.</summary>
    public required decimal Mcid { get; init; }
    /// <summary>Where <see cref="Mcid"/> comes from.</summary>
    public required string McidSource { get; init; }
    /// <summary>The fewest answered items the instrument's manual scores; a scored survey is complete.</summary>
    public required int MinimumAnswered { get; init; }
    /// <summary>What skipping items does, in words.</summary>
    public required string SkippedItems { get; init; }
    public IReadOnlyList<ScoreBand> Bands { get; init; } = [];

    public IEnumerable<InstrumentItem> RequiredItems => Items.Where(i => i.Required);

    /// <summary>How a message names an item: "section 8 (Social life)".</summary>
    public string ItemName(InstrumentItem item) => $"{ItemNoun} {item.Number} ({item.Topic})";

    /// <summary>The score as the chart shows it: "36.0%", "52", "6.3".</summary>
    public string Format(decimal score) => Points(score) + (IsPercent ? "%" : "");

    /// <summary>A score or a difference of scores as a number, with the decimals the instrument scores to.</summary>
    public string Points(decimal value) => value.ToString(Scoring == ScoringMethod.Sum ? "0" : "0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Scores a survey. Answers are in item order, null for a skipped item; fewer answers than items leave the rest
    /// skipped. Refused, with every reason, when an answer is off the scale, there are more answers than items, or
    /// too few items are answered to score (<see cref="MinimumAnswered"/>). A scored survey is complete: the manual
    /// counts its score as valid with the items left out.
    /// </summary>
    public Decision<SurveyScore> Score(IReadOnlyList<int?>? answers)
    {
        answers ??= [];
        var problems = new List<Problem>();
        if (answers.Count > Items.Count)
            problems.Add(new("answers", $"The {Code} has {Count(Items.Count)}; {answers.Count} answers were given."));
        for (var i = 0; i < Math.Min(answers.Count, Items.Count); i++)
            if (answers[i] is { } answer && !Scale.Allows(answer))
                problems.Add(new($"answers[{i}]",
                    $"{Capitalized(ItemName(Items[i]))} is answered {Scale.Min} to {Scale.Max}; {answer} is not one of its answers."));

        var answered = Items.Select((item, i) => (item, answer: i < answers.Count ? answers[i] : null)).ToList();
        var values = answered.Where(a => a.answer is not null).Select(a => a.answer!.Value).ToList();
        var skipped = answered.Where(a => a.answer is null).Select(a => a.item).ToList();
        if (values.Count < MinimumAnswered)
            problems.Add(new("answers", (Items.Count == 1 ? $"The {Code} is scored only with its {ItemNoun} answered."
                    : MinimumAnswered == Items.Count ? $"The {Code} is scored only with all {Count(Items.Count)} answered; {values.Count} {(values.Count == 1 ? "is" : "are")}."
                    : $"The {Code} is scored with at least {MinimumAnswered} of its {Count(Items.Count)} answered; {values.Count} {(values.Count == 1 ? "is" : "are")}.")
                + $" Not answered: {Names(skipped)}."));
        if (problems.Count > 0)
            return Decision.Refuse<SurveyScore>(problems);

        // A survey the manual scores is complete: its skipped items are the ones the manual lets the patient leave out.
        var score = Compute(values);
        var left = skipped.Where(i => i.Required).ToList();
        var explanation = $"{Code} {Format(score)} ({MinScore:0} to {MaxScore:0}, {Direction.Describe()}): {Formula}, "
            + $"with {values.Count} of {Count(Items.Count)} answered."
            + (left.Count > 0 ? $" Scored without {Names(left)}, as the scoring manual allows." : "");
        return Decision.Allow(new SurveyScore(Code, score, values.Count, Items.Count, [], BandOf(score), explanation));
    }

    private decimal Compute(IReadOnlyList<int> values)
    {
        decimal sum = values.Sum();
        var n = values.Count;
        return Scoring switch
        {
            ScoringMethod.Sum => sum,
            ScoringMethod.Mean => Round(sum / n),
            _ => Round((sum - n * Scale.Min) * 100m / (n * (Scale.Max - Scale.Min))),
        };
    }

    private static decimal Round(decimal score) => Math.Round(score, ScoreDecimals, MidpointRounding.AwayFromZero);

    private string? BandOf(decimal score) => Bands.FirstOrDefault(b => score <= b.UpTo)?.Label;

    private string Count(int n) => n == 1 ? $"1 {ItemNoun}" : $"{n} {(ItemNoun.EndsWith('y') ? ItemNoun[..^1] + "ies" : ItemNoun + "s")}";

    private string Names(IEnumerable<InstrumentItem> items) => string.Join(", ", items.Select(ItemName));

    private static string Capitalized(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
