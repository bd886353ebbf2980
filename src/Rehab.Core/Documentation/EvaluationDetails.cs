using Rehab.Core.Common;

namespace Rehab.Core.Documentation;

public enum GoalTerm
{
    ShortTerm,
    LongTerm,
}

/// <summary>A functional goal of the plan of care.</summary>
public sealed record Goal(string? Text, GoalTerm Term = GoalTerm.LongTerm);

/// <summary>How often and for how long the patient is to be treated.</summary>
public sealed record PlanOfCare(int FrequencyPerWeek, int DurationWeeks)
{
    public const int MaxDurationWeeks = 52;

    public int PlannedVisits => FrequencyPerWeek * DurationWeeks;

    /// <summary>The last day of the plan when it starts on the given date.</summary>
    public DateOnly EndsOn(DateOnly start) => start.AddDays(7 * DurationWeeks - 1);
}

/// <summary>What an evaluative note adds to the SOAP sections: the problems found, the goals, and the plan of care.</summary>
public sealed record EvaluationDetails(IReadOnlyList<string> Problems, IReadOnlyList<Goal> Goals, PlanOfCare? PlanOfCare)
{
    public const int TextMaxLength = 1000;

    internal void Validate(ValidationErrors errors)
    {
        for (var i = 0; i < Problems.Count; i++)
            errors.Required($"evaluation.problems[{i}]", Problems[i], "A problem", TextMaxLength);
        for (var i = 0; i < Goals.Count; i++)
        {
            errors.Required($"evaluation.goals[{i}].text", Goals[i].Text, "A goal", TextMaxLength);
            if (!Enum.IsDefined(Goals[i].Term))
                errors.Add($"evaluation.goals[{i}].term", "A goal is short-term or long-term.");
        }
        if (PlanOfCare is { } plan)
        {
            if (plan.FrequencyPerWeek is < 1 or > 7)
                errors.Add("evaluation.planOfCare.frequencyPerWeek", "Frequency is 1 to 7 visits a week.");
            if (plan.DurationWeeks is < 1 or > PlanOfCare.MaxDurationWeeks)
                errors.Add("evaluation.planOfCare.durationWeeks", $"Duration is 1 to {PlanOfCare.MaxDurationWeeks} weeks.");
        }
    }
}
