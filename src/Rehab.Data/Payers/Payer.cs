using Rehab.Core.Billing;
using Rehab.Core.Common;
using Rehab.Core.Settings;
using Rehab.Data.Audit;

namespace Rehab.Data.Payers;

/// <summary>An insurance the company bills, with the rules its notes follow.</summary>
public sealed class Payer : ITenantOwned, IAuditsValues
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public required string Name { get; set; }
    public string? PayerId { get; set; }
    public string? AddressLine { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Phone { get; set; }
    public bool IsActive { get; set; } = true;
    public InsuranceType Type { get; set; } = InsuranceTypes.Default;
    public UnitRule UnitRule { get; set; }
    public bool RequireMinutesPerCode { get; set; }
    public bool AppliesTherapyModifiers { get; set; }
    public bool AppliesCciEdits { get; set; }
    public bool AppliesAssistantModifiers { get; set; }
    /// <summary>The enabled additional modifier codes, comma-separated (59,KX).</summary>
    public string EnabledAdditionalModifiers { get; set; } = "";
    public bool AllowAssistantFinalization { get; set; }
    public bool RequireOutcomeSurvey { get; set; }
    public int? VisitsPerYearLimit { get; set; }
    public bool AuthorizationRequired { get; set; }

    public PayerSettings ToSettings() => new()
    {
        Name = Name,
        PayerId = PayerId,
        Type = Type,
        UnitRule = UnitRule,
        RequireMinutesPerCode = RequireMinutesPerCode,
        AppliesTherapyModifiers = AppliesTherapyModifiers,
        AppliesCciEdits = AppliesCciEdits,
        AppliesAssistantModifiers = AppliesAssistantModifiers,
        EnabledAdditionalModifiers = new HashSet<string>(
            EnabledAdditionalModifiers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase),
        AllowAssistantFinalization = AllowAssistantFinalization,
        RequireOutcomeSurvey = RequireOutcomeSurvey,
        VisitsPerYearLimit = VisitsPerYearLimit,
        AuthorizationRequired = AuthorizationRequired,
    };

    /// <summary>Copies validated settings.</summary>
    public void Apply(PayerSettings settings)
    {
        Name = settings.Name.Trim();
        PayerId = string.IsNullOrWhiteSpace(settings.PayerId) ? null : settings.PayerId.Trim();
        Type = settings.Type;
        UnitRule = settings.UnitRule;
        RequireMinutesPerCode = settings.RequireMinutesPerCode;
        AppliesTherapyModifiers = settings.AppliesTherapyModifiers;
        AppliesCciEdits = settings.AppliesCciEdits;
        AppliesAssistantModifiers = settings.AppliesAssistantModifiers;
        EnabledAdditionalModifiers = string.Join(',',
            settings.EnabledAdditionalModifiers.Select(c => c.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal));
        AllowAssistantFinalization = settings.AllowAssistantFinalization;
        RequireOutcomeSurvey = settings.RequireOutcomeSurvey;
        VisitsPerYearLimit = settings.VisitsPerYearLimit;
        AuthorizationRequired = settings.AuthorizationRequired;
    }
}
