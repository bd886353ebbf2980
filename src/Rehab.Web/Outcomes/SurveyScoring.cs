using Rehab.Core.Common;
using Rehab.Core.Outcomes;
using Rehab.Data.Outcomes;

namespace Rehab.Web.Outcomes;

/// <summary>
/// Scoring a survey as it is being filled in: answers off the scale (or more answers than items) are refused, while
/// too few answers to score yet are kept unscored, so a patient may stop and go on later.
/// </summary>
public static class SurveyScoring
{
    /// <summary>The instrument's refusals of answers that can never be right; none when the answers may be kept.</summary>
    public static (SurveyScore? Score, IReadOnlyList<Problem> Problems) Score(OutcomeInstrument instrument, IReadOnlyList<int?> answers)
    {
        var decision = instrument.Score(answers);
        if (decision.IsAllowed)
            return (decision.Value, []);
        var wrong = answers.Count > instrument.Items.Count
            ? decision.Problems.Where(p => p.Field == "answers" && answers.Count > instrument.Items.Count).Take(1).ToList()
            : [];
        wrong.AddRange(decision.Problems.Where(p => p.Field.StartsWith("answers[", StringComparison.Ordinal)));
        return (null, wrong);
    }

    /// <summary>
    /// Where a stored survey stands, for the finalization check: its score, or, while too few items are answered to
    /// score, the required items still missing (the score then reads 0 and is not shown).
    /// </summary>
    public static SurveyScore Progress(OutcomeSurvey survey)
    {
        var instrument = OutcomeInstruments.Find(survey.InstrumentCode)
                         ?? throw new InvalidOperationException($"Survey {survey.Id} names an unknown instrument.");
        var answers = survey.ReadAnswers();
        if (Score(instrument, answers).Score is { } score)
            return score;
        var missing = instrument.Items.Where((item, i) => item.Required && (i >= answers.Count || answers[i] is null)).ToList();
        return new SurveyScore(instrument.Code, 0, answers.Count(a => a is not null), instrument.Items.Count, missing, null,
            $"{instrument.Code} not scored yet: too few {instrument.ItemNoun}s answered.")
        {
            MissingItemNames = [.. missing.Select(instrument.ItemName)],
        };
    }
}
