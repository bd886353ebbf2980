using System.Text.Json;
using Rehab.Core.Billing;
using Rehab.Core.Common;

namespace Rehab.Web.Documentation;

/// <summary>A clinician's split of an 8-minute-rule tie, as units per code: stored as JSON on the note, sent as an object.</summary>
public static class TieChoices
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyDictionary<string, int>? Read(string? stored) =>
        stored is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(stored, Json);

    /// <summary>The choice with codes normalized, or the problem with it.</summary>
    public static IReadOnlyDictionary<string, int>? Normalize(IReadOnlyDictionary<string, int>? choice, ValidationErrors errors)
    {
        if (choice is null || choice.Count == 0)
            return null;
        var normalized = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, units) in choice)
        {
            if (!ProcedureCode.TryParse(text, out var code))
                errors.Add("tieChoice", $"'{text}' is not a code. {ProcedureCode.Rule}");
            else if (units is < 0 or > 100)
                errors.Add("tieChoice", $"Units for {code} must be from 0 to 100.");
            else if (!normalized.TryAdd(code.Value, units))
                errors.Add("tieChoice", $"{code} is listed twice.");
        }
        return normalized;
    }

    public static string? Store(IReadOnlyDictionary<string, int>? choice) => choice is null ? null : JsonSerializer.Serialize(choice, Json);

    public static UnitAllocation? ToAllocation(IReadOnlyDictionary<string, int>? choice) =>
        choice is null ? null
        : new UnitAllocation(choice.Select(c => (Ok: ProcedureCode.TryParse(c.Key, out var code), Code: code, Units: c.Value))
            .Where(c => c.Ok).DistinctBy(c => c.Code).Select(c => new KeyValuePair<ProcedureCode, int>(c.Code, c.Units)));

    public static IReadOnlyDictionary<string, int> From(UnitAllocation allocation) =>
        new SortedDictionary<string, int>(allocation.UnitsByCode.ToDictionary(u => u.Key.Value, u => u.Value), StringComparer.Ordinal);
}
