using System.Text.Json;
using Rehab.Core.Common;

namespace Rehab.Data.Outcomes;

/// <summary>
/// An outcome measurement tool attached to an evaluative note: the patient's answers (one per item, null when skipped),
/// the score once enough items are answered, and the clinic's satisfaction questions with the 0–10 recommend answer.
/// </summary>
public sealed class OutcomeSurvey : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid PatientId { get; set; }
    public Guid NoteId { get; set; }
    /// <summary>The instrument's code, such as "LEFS".</summary>
    public string InstrumentCode { get; set; } = "";
    /// <summary>The answers in item order as JSON (an array of whole numbers or nulls).</summary>
    public string Answers { get; set; } = "[]";
    /// <summary>Null until enough items are answered to score.</summary>
    public decimal? Score { get; set; }
    /// <summary>Every required item is answered.</summary>
    public bool Complete { get; set; }
    /// <summary>The 0–10 answer to "would you recommend us", behind the Net Promoter Score.</summary>
    public int? Recommend { get; set; }
    /// <summary>The other satisfaction answers as JSON (question code → answer); null when none.</summary>
    public string? Satisfaction { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyList<int?> ReadAnswers() => JsonSerializer.Deserialize<List<int?>>(Answers, Json) ?? [];

    public void WriteAnswers(IReadOnlyList<int?> answers) => Answers = JsonSerializer.Serialize(answers, Json);

    public IReadOnlyDictionary<string, int> ReadSatisfaction() =>
        Satisfaction is null ? new Dictionary<string, int>() : JsonSerializer.Deserialize<Dictionary<string, int>>(Satisfaction, Json) ?? [];

    public void WriteSatisfaction(IReadOnlyDictionary<string, int> answers) =>
        Satisfaction = answers.Count == 0 ? null : JsonSerializer.Serialize(answers, Json);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
