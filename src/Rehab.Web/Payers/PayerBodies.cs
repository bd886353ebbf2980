using System.Text.Json.Serialization;
using Rehab.Core.Billing;
using Rehab.Core.Settings;
using Rehab.Data.Payers;

namespace Rehab.Web.Payers;

public sealed record PayerRequest
{
    public string? Name { get; init; }
    public string? PayerId { get; init; }
    public string? AddressLine { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? PostalCode { get; init; }
    public string? Phone { get; init; }
    public bool IsActive { get; init; } = true;
    [JsonConverter(typeof(JsonStringEnumConverter<InsuranceType>))]
    public InsuranceType Type { get; init; } = InsuranceTypes.Default;
    [JsonConverter(typeof(JsonStringEnumConverter<UnitRule>))]
    public UnitRule UnitRule { get; init; } = UnitRule.EightMinute;
    public bool RequireMinutesPerCode { get; init; }
    public bool AppliesTherapyModifiers { get; init; }
    public bool AppliesCciEdits { get; init; }
    /// <summary>CQ/CO on assistants' services; when left out, on for Medicare types and off for others.</summary>
    public bool? AppliesAssistantModifiers { get; init; }
    public List<string>? EnabledAdditionalModifiers { get; init; }
    public bool AllowAssistantFinalization { get; init; }
    public bool RequireOutcomeSurvey { get; init; }
    public int? VisitsPerYearLimit { get; init; }
    public bool AuthorizationRequired { get; init; }

    public PayerSettings ToSettings() => new()
    {
        Name = Name ?? "",
        PayerId = PayerId,
        Type = Type,
        UnitRule = UnitRule,
        RequireMinutesPerCode = RequireMinutesPerCode,
        AppliesTherapyModifiers = AppliesTherapyModifiers,
        AppliesCciEdits = AppliesCciEdits,
        AppliesAssistantModifiers = AppliesAssistantModifiers ?? MedicarePayerRules.AssistantModifiersByDefault(Type),
        EnabledAdditionalModifiers = new HashSet<string>(
            (EnabledAdditionalModifiers ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase),
        AllowAssistantFinalization = AllowAssistantFinalization,
        RequireOutcomeSurvey = RequireOutcomeSurvey,
        VisitsPerYearLimit = VisitsPerYearLimit,
        AuthorizationRequired = AuthorizationRequired,
    };

    /// <summary>The payer as a request that would store it unchanged, for a form to start from.</summary>
    public static PayerRequest From(Payer payer) => new()
    {
        Name = payer.Name, PayerId = payer.PayerId, AddressLine = payer.AddressLine, City = payer.City, State = payer.State,
        PostalCode = payer.PostalCode, Phone = payer.Phone, IsActive = payer.IsActive, Type = payer.Type, UnitRule = payer.UnitRule,
        RequireMinutesPerCode = payer.RequireMinutesPerCode, AppliesTherapyModifiers = payer.AppliesTherapyModifiers,
        AppliesCciEdits = payer.AppliesCciEdits, AppliesAssistantModifiers = payer.AppliesAssistantModifiers,
        EnabledAdditionalModifiers = [.. payer.ToSettings().EnabledAdditionalModifiers.Order(StringComparer.Ordinal)],
        AllowAssistantFinalization = payer.AllowAssistantFinalization, RequireOutcomeSurvey = payer.RequireOutcomeSurvey,
        VisitsPerYearLimit = payer.VisitsPerYearLimit, AuthorizationRequired = payer.AuthorizationRequired,
    };

    public void ApplyTo(Payer payer)
    {
        payer.Apply(ToSettings());
        payer.AddressLine = Blank(AddressLine);
        payer.City = Blank(City);
        payer.State = Blank(State)?.ToUpperInvariant();
        payer.PostalCode = Blank(PostalCode);
        payer.Phone = Blank(Phone);
        payer.IsActive = IsActive;
    }

    public IDictionary<string, string[]> Validate(CompanySettings company)
    {
        var errors = ToSettings().Validate(company);
        errors.MaxLength("addressLine", AddressLine, "Address", 200);
        errors.MaxLength("city", City, "City", 100);
        if (Blank(State) is { } state && (state.Length != 2 || !state.All(char.IsAsciiLetter)))
            errors.Add("state", "State is a two-letter code.");
        errors.MaxLength("postalCode", PostalCode, "ZIP code", 10);
        errors.MaxLength("phone", Phone, "Phone", 20);
        return Settings.SettingsStore.Fields(errors.ToDictionary());
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record PayerResponse(
    Guid Id, string Name, string? PayerId, string? AddressLine, string? City, string? State, string? PostalCode, string? Phone,
    bool IsActive,
    [property: JsonConverter(typeof(JsonStringEnumConverter<InsuranceType>))] InsuranceType Type,
    [property: JsonConverter(typeof(JsonStringEnumConverter<UnitRule>))] UnitRule UnitRule,
    [property: JsonConverter(typeof(JsonStringEnumConverter<UnitRule>))] UnitRule EffectiveUnitRule,
    bool RequireMinutesPerCode, bool AppliesTherapyModifiers, bool AppliesCciEdits, IReadOnlyList<string> EnabledAdditionalModifiers,
    bool AllowAssistantFinalization, bool RequireOutcomeSurvey, int? VisitsPerYearLimit, bool AuthorizationRequired,
    bool AppliesAssistantModifiers)
{
    public static PayerResponse From(Payer p)
    {
        var s = p.ToSettings();
        return new(p.Id, p.Name, p.PayerId, p.AddressLine, p.City, p.State, p.PostalCode, p.Phone, p.IsActive,
            p.Type, p.UnitRule, s.EffectiveUnitRule, p.RequireMinutesPerCode, p.AppliesTherapyModifiers, p.AppliesCciEdits,
            s.EnabledAdditionalModifiers.Order(StringComparer.Ordinal).ToList(),
            p.AllowAssistantFinalization, p.RequireOutcomeSurvey, p.VisitsPerYearLimit, p.AuthorizationRequired,
            p.AppliesAssistantModifiers);
    }
}
