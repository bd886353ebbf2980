using System.Text.RegularExpressions;
using Rehab.Core.Billing;
using Rehab.Core.Settings;

namespace Rehab.Web.Pages.Settings;

/// <summary>How a settings history row reads on a page: field names in words, enum values by their display names.</summary>
public static partial class SettingsHistoryText
{
    public static string Field(string field) => field switch
    {
        "PayerId" => "Payer id",
        "AppliesCciEdits" => "Applies CCI edits",
        "MedicareCarrierNumber" => "Medicare carrier number",
        "MedicareLocalityNumber" => "Medicare locality number",
        "MedicareFacilityType" => "Medicare facility type",
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
            _ => value,
        },
    };

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Words();
}
