using Rehab.Core.Billing;
using Rehab.Core.Common;

namespace Rehab.Core.Settings;

/// <summary>A payer (insurance) and the billing and documentation rules it sets.</summary>
public sealed record PayerSettings
{
    public required string Name { get; init; }
    public string? PayerId { get; init; }
    public InsuranceType Type { get; init; } = InsuranceTypes.Default;
    public UnitRule UnitRule { get; init; } = UnitRule.EightMinute;
    public bool RequireMinutesPerCode { get; init; }
    public bool AppliesTherapyModifiers { get; init; }
    public bool AppliesCciEdits { get; init; }
    /// <summary>CQ or CO on services an assistant furnished in whole or in part; Original Medicare always.</summary>
    public bool AppliesAssistantModifiers { get; init; }
    public IReadOnlySet<string> EnabledAdditionalModifiers { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    public bool AllowAssistantFinalization { get; init; }
    public bool RequireOutcomeSurvey { get; init; }
    public int? VisitsPerYearLimit { get; init; }
    public bool AuthorizationRequired { get; init; }

    /// <summary>
    /// The rule the payer's notes follow: Medicare types always use the 8-Minute Rule whatever is stored.
    /// </summary>
    public UnitRule EffectiveUnitRule => Type.IsMedicare() ? UnitRule.EightMinute : UnitRule;

    /// <param name="company">When given, enabled modifiers must be ones the company defines.</param>
    public ValidationErrors Validate(CompanySettings? company = null)
    {
        var errors = new ValidationErrors();
        errors.Required(nameof(Name), Name, "Insurance name", 200);
        errors.MaxLength(nameof(PayerId), PayerId, "Payer id", 50);
        if (!Enum.IsDefined(Type))
            errors.Add(nameof(Type), "Choose an insurance type from the list.");
        if (!Enum.IsDefined(UnitRule))
            errors.Add(nameof(UnitRule), "Choose the 8-Minute Rule or the Rule of 8s.");
        // Medicare pools timed minutes across the visit and cannot be set otherwise (Pub. 100-04 Ch. 5 §20.2).
        else if (Type.IsMedicare() && UnitRule != UnitRule.EightMinute)
            errors.Add(nameof(UnitRule),
                $"{Type.DisplayName()} payers always bill by the 8-Minute Rule (CMS pools timed minutes across the visit); the Rule of 8s cannot be chosen.");
        MedicarePayerRules.Validate(this, errors);
        if (VisitsPerYearLimit is <= 0)
            errors.Add(nameof(VisitsPerYearLimit), "A visits-per-year limit must be at least 1, or left empty for no limit.");
        if (company is not null)
            foreach (var code in EnabledAdditionalModifiers.Where(c => !company.DefinesModifier(c)).Order(StringComparer.OrdinalIgnoreCase))
                errors.Add(nameof(EnabledAdditionalModifiers),
                    $"Modifier {code} is not one of the company's additional modifiers; add it in Company Settings first.");
        return errors;
    }
}
