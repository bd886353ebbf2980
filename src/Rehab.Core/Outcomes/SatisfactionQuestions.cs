using Rehab.Core.Common;
using Rehab.Core.Settings;

namespace Rehab.Core.Outcomes;

/// <summary>A question the clinic adds to outcome surveys; answered on its scale, or left blank.</summary>
public sealed record SatisfactionQuestion(string Code, string Text, AnswerScale Scale);

/// <summary>
/// The questions a clinic's Outcomes settings add to a survey: the 0–10 recommend question behind the Net Promoter
/// Score, and the pain, satisfaction and perception-of-care questions (domain.md §3, §6.1; WebPT's wording was not
/// found, so the wording is ours).
/// </summary>
public static class SatisfactionQuestions
{
    public static SatisfactionQuestion Recommend { get; } = new("recommend",
        "How likely are you to recommend our clinic to a friend or relative?",
        new(NetPromoterScore.MinAnswer, NetPromoterScore.MaxAnswer, "not at all likely", "extremely likely"));

    public static IReadOnlyList<SatisfactionQuestion> Extra { get; } =
    [
        new("pain", "How strong is your pain today?", new(0, 10, "no pain", "worst pain imaginable")),
        new("satisfaction", "Overall, how satisfied are you with your therapy here?", new(1, 5, "very dissatisfied", "very satisfied")),
        new("perceptionOfCare", "How well did your therapist explain your condition and your treatment?", new(1, 5, "not at all", "very well")),
    ];

    /// <summary>The questions the clinic's settings add, in the order the survey shows them.</summary>
    public static IReadOnlyList<SatisfactionQuestion> For(ClinicSettings clinic) =>
    [
        .. clinic.OutcomesExtraQuestions ? Extra : [],
        .. clinic.OutcomesRecommendQuestion ? [Recommend] : Array.Empty<SatisfactionQuestion>(),
    ];

    /// <summary>Each answer must be to a question asked and on its scale; unanswered questions are allowed.</summary>
    public static ValidationErrors Validate(IReadOnlyList<SatisfactionQuestion> asked, IReadOnlyDictionary<string, int> answers, string prefix = "satisfaction.")
    {
        var errors = new ValidationErrors();
        foreach (var (code, answer) in answers)
        {
            var question = asked.FirstOrDefault(q => q.Code == code);
            if (question is null)
                errors.Add(prefix + code, $"'{code}' is not a question this survey asks.");
            else if (!question.Scale.Allows(answer))
                errors.Add(prefix + code, $"The answer is {question.Scale.Min} ({question.Scale.MinMeans}) to {question.Scale.Max} ({question.Scale.MaxMeans}); {answer} is not one.");
        }
        return errors;
    }
}
