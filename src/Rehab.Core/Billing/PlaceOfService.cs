namespace Rehab.Core.Billing;

/// <summary>
/// A CMS place-of-service code, the two digits in box 24B of the CMS-1500 (such as 11, Office). Only the form is
/// checked; <see cref="Name"/> knows the codes outpatient therapy uses.
/// </summary>
public readonly record struct PlaceOfService
{
    public const string Rule = "A place of service is a two-digit CMS code, such as 11 (Office).";

    public static readonly PlaceOfService Office = new("11");

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["02"] = "Telehealth Provided Other than in Patient's Home",
        ["03"] = "School",
        ["10"] = "Telehealth Provided in Patient's Home",
        ["11"] = "Office",
        ["12"] = "Home",
        ["13"] = "Assisted Living Facility",
        ["14"] = "Group Home",
        ["15"] = "Mobile Unit",
        ["19"] = "Off Campus-Outpatient Hospital",
        ["21"] = "Inpatient Hospital",
        ["22"] = "On Campus-Outpatient Hospital",
        ["23"] = "Emergency Room-Hospital",
        ["31"] = "Skilled Nursing Facility",
        ["32"] = "Nursing Facility",
        ["33"] = "Custodial Care Facility",
        ["34"] = "Hospice",
        ["49"] = "Independent Clinic",
        ["50"] = "Federally Qualified Health Center",
        ["61"] = "Comprehensive Inpatient Rehabilitation Facility",
        ["62"] = "Comprehensive Outpatient Rehabilitation Facility",
        ["71"] = "Public Health Clinic",
        ["72"] = "Rural Health Clinic",
        ["99"] = "Other Place of Service",
    };

    /// <summary>The codes this list names, in code order, to choose a place of service from.</summary>
    public static IReadOnlyList<PlaceOfService> Known { get; } = [.. Names.Keys.Order(StringComparer.Ordinal).Select(c => new PlaceOfService(c))];

    public string Code { get; }

    private PlaceOfService(string code) => Code = code;

    /// <summary>CMS's name for the code, or null for a code this list does not hold.</summary>
    public string? Name => Code is null ? null : Names.GetValueOrDefault(Code);

    public static bool TryParse(string? text, out PlaceOfService placeOfService)
    {
        placeOfService = default;
        var s = text?.Trim();
        if (s is not { Length: 2 } || !s.All(char.IsAsciiDigit) || s == "00")
            return false;
        placeOfService = new PlaceOfService(s);
        return true;
    }

    public static PlaceOfService Parse(string text) =>
        TryParse(text, out var pos) ? pos : throw new FormatException($"'{text}' is not a place of service. {Rule}");

    /// <summary>"11 (Office)" for a code of the right form, else the text as it is.</summary>
    public static string Describe(string? text) => TryParse(text, out var pos) ? pos.ToString() : text ?? "";

    public override string ToString() => Name is { } name ? $"{Code} ({name})" : Code ?? "";
}
