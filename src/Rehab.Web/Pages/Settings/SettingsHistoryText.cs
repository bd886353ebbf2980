using System.Text.Json;
using System.Text.RegularExpressions;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Settings;

namespace Rehab.Web.Pages.Settings;

/// <summary>How a settings history row reads on a page: field names in words, stored values as the forms name them.</summary>
public static partial class SettingsHistoryText
{
    /// <summary>The old value of a field when its row was created: nothing for a new payer, the default for settings.</summary>
    public static string CreatedFrom(bool startsFromDefaults) => startsFromDefaults ? "default" : "—";

    public static string Field(string field) => field switch
    {
        "AppliesCciEdits" => "Applies CCI edits",
        "MfaRequirement" => "Multi-factor authentication",
        _ => Words().Replace(field, " $1").ToLowerInvariant() is var words && words.Length > 0
            ? char.ToUpperInvariant(words[0]) + words[1..]
            : field,
    };

    public static string Value(string field, string? value) => value switch
    {
        null => "—",
        "" => "(empty)",
        _ => field switch
        {
            "UnitRule" when Enum.TryParse<UnitRule>(value, out var rule) => rule.DisplayName(),
            "Type" when Enum.TryParse<InsuranceType>(value, out var type) => type.DisplayName(),
            "DefaultPlaceOfService" => PlaceOfService.Describe(value),
            "MedicareFacilityType" when Enum.TryParse<FacilityType>(value, out var facility) => facility.Name(),
            "PasswordExpiry" when Enum.TryParse<PasswordExpiry>(value, out var expiry) => expiry == PasswordExpiry.Never ? "never" : $"{expiry.ToString()[4..]} days",
            "PayerRules" when Enum.TryParse<PayerRules>(value, out var rules) =>
                rules == PayerRules.DeferToPrimary ? "defer to the primary payer" : "defer to the 8-Minute Rule",
            "AdditionalModifiers" => ModifierCodes(value),
            "MfaRequirement" => value == "Optional" ? "optional" : $"required for {value.ToLowerInvariant()}",
            _ => value,
        },
    };

    /// <summary>The codes of a stored modifier list, which is JSON.</summary>
    private static string ModifierCodes(string json)
    {
        try
        {
            var modifiers = JsonSerializer.Deserialize<List<AdditionalModifier>>(json, Json) ?? [];
            return modifiers.Count == 0 ? "none" : string.Join(", ", modifiers.Select(m => m.Code));
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Words();
}

/// <summary>A history table: the revisions newest first, and whether a created row replaced defaults (settings) or nothing (a payer).</summary>
public sealed record SettingsHistoryView(IReadOnlyList<Rehab.Data.Audit.SettingsRevision> Revisions, bool StartsFromDefaults);
