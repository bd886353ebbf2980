using Rehab.Core.Outcomes;
using Rehab.Core.Documentation;

namespace Rehab.Web.Outcomes;

/// <summary>Attach a survey of an instrument (its code, such as "LEFS") to a note.</summary>
public sealed record NewSurveyRequest(string? Instrument);

/// <summary>
/// A survey's answers: one per item in item order (null for a skipped one), and the clinic's satisfaction questions by
/// code, "recommend" being the 0–10 question.
/// </summary>
public sealed record SurveyAnswersRequest(List<int?>? Answers, Dictionary<string, int>? Satisfaction);

public sealed record InstrumentItemResponse(int Number, string Topic, bool Required);

public sealed record InstrumentResponse(
    string Code, string Name, string Measures, string ItemNoun, IReadOnlyList<InstrumentItemResponse> Items, int AnswerMin, int AnswerMax,
    string AnswerMinMeans, string AnswerMaxMeans, string Formula, decimal MinScore, decimal MaxScore, bool IsPercent, string Direction,
    decimal Mcid, string McidSource, int MinimumAnswered, string SkippedItems)
{
    public static InstrumentResponse From(OutcomeInstrument i) => new(i.Code, i.Name, i.Measures, i.ItemNoun,
        [.. i.Items.Select(t => new InstrumentItemResponse(t.Number, t.Topic, t.Required))], i.Scale.Min, i.Scale.Max, i.Scale.MinMeans,
        i.Scale.MaxMeans, i.Formula, i.MinScore, i.MaxScore, i.IsPercent, i.Direction.ToString(), i.Mcid, i.McidSource, i.MinimumAnswered,
        i.SkippedItems);
}

public sealed record SatisfactionQuestionResponse(string Code, string Text, int Min, int Max, string MinMeans, string MaxMeans)
{
    public static SatisfactionQuestionResponse From(SatisfactionQuestion q) => new(q.Code, q.Text, q.Scale.Min, q.Scale.Max, q.Scale.MinMeans, q.Scale.MaxMeans);
}

/// <summary>
/// A survey as stored: answers, score (null until enough items are answered), completeness and what is missing, and the
/// change since the patient's intake score on the instrument (null at intake or before it is scored).
/// </summary>
public sealed record SurveyResponse(
    Guid Id, Guid NoteId, Guid PatientId, InstrumentResponse Instrument, IReadOnlyList<int?> Answers, decimal? Score, string? ScoreText,
    string? Band, bool Complete, IReadOnlyList<string> MissingItems, string Explanation, IReadOnlyList<SatisfactionQuestionResponse> SatisfactionQuestions,
    IReadOnlyDictionary<string, int> Satisfaction, DateTimeOffset UpdatedAt, OutcomeChange? SinceIntake);

/// <summary>One scored survey of a patient, on the note it was taken with.</summary>
public sealed record OutcomePoint(Guid SurveyId, Guid NoteId, NoteType NoteType, DateOnly DateOfService, decimal Score, string ScoreText, bool Complete);

/// <summary>An instrument's scores over time, and the change from the first (intake) to the latest with the MCID met or not.</summary>
public sealed record InstrumentOutcome(string Instrument, string Name, string Direction, decimal Mcid, IReadOnlyList<OutcomePoint> Scores,
    OutcomeChange? Change);

public sealed record PatientOutcomesResponse(Guid PatientId, IReadOnlyList<InstrumentOutcome> Instruments);

/// <summary>The Net Promoter Score of a clinic's recommend answers in a period (null when there are none).</summary>
public sealed record NpsResponse(Guid ClinicId, string Clinic, DateOnly? From, DateOnly? To, int Responses, int Promoters, int Passives, int Detractors,
    int? Score);
