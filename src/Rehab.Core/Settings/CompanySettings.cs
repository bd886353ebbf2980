using Rehab.Core.Billing;
using Rehab.Core.Common;
using Rehab.Core.Users;

namespace Rehab.Core.Settings;

/// <summary>Settings that hold for every clinic of the company.</summary>
public sealed record CompanySettings
{
    public PayerRules PayerRules { get; init; } = PayerRules.DeferToPrimary;
    public IReadOnlyList<AdditionalModifier> AdditionalModifiers { get; init; } = AdditionalModifier.DefaultSeed;
    public bool InitialExamCaseCopy { get; init; }
    public bool EvaluationComplexityCoding { get; init; } = true;
    public int PlanOfCareAlertDays { get; init; } = 14;
    /// <summary>The clinic the settings review compares the others with; null compares with the majority.</summary>
    public Guid? ReferenceClinicId { get; init; }
    public MfaRequirement MfaRequirement { get; init; } = MfaRequirement.Optional;

    public bool DefinesModifier(string code) => AdditionalModifiers.Any(m => AdditionalModifier.SameCode(m.Code, code));

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(PayerRules))
            errors.Add(nameof(PayerRules), "Payer Rules is DeferToPrimary or DeferToEightMinute.");
        for (var i = 0; i < AdditionalModifiers.Count; i++)
        {
            var m = AdditionalModifiers[i];
            if (string.IsNullOrWhiteSpace(m.Code) || m.Code.Trim().Length != 2 || !m.Code.Trim().All(char.IsAsciiLetterOrDigit))
                errors.Add($"additionalModifiers[{i}].code", "A modifier code is two letters or digits.");
            errors.Required($"additionalModifiers[{i}].description", m.Description, "Modifier description", 200);
        }
        foreach (var code in AdditionalModifiers.GroupBy(m => m.Code.Trim().ToUpperInvariant()).Where(g => g.Count() > 1))
            errors.Add("additionalModifiers", $"Modifier {code.Key} is listed more than once.");
        if (PlanOfCareAlertDays is < 0 or > 365)
            errors.Add(nameof(PlanOfCareAlertDays), "Plan-of-care alert days must be between 0 and 365.");
        if (!Enum.IsDefined(MfaRequirement))
            errors.Add(nameof(MfaRequirement), "Multi-factor authentication is Optional, Administrators or Everyone.");
        return errors;
    }
}
