using System.Text.Json;
using Rehab.Core.Billing;
using Rehab.Core.Common;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data.Audit;

namespace Rehab.Data.Settings;

/// <summary>The company's settings; a company without a row has the defaults.</summary>
public sealed class CompanySettingsRow : ITenantOwned, IAuditsValues
{
    public Guid CompanyId { get; set; }
    public PayerRules PayerRules { get; set; }
    /// <summary>The additional modifiers as a JSON array of {code, description}.</summary>
    public string AdditionalModifiers { get; set; } = "[]";
    public bool InitialExamCaseCopy { get; set; }
    public bool EvaluationComplexityCoding { get; set; }
    public int PlanOfCareAlertDays { get; set; }
    public Guid? ReferenceClinicId { get; set; }
    /// <summary>Null on rows saved before the setting existed: optional.</summary>
    public MfaRequirement? MfaRequirement { get; set; }

    public CompanySettings ToSettings() => new()
    {
        PayerRules = PayerRules,
        AdditionalModifiers = JsonSerializer.Deserialize<List<AdditionalModifier>>(AdditionalModifiers, Json) ?? [],
        InitialExamCaseCopy = InitialExamCaseCopy,
        EvaluationComplexityCoding = EvaluationComplexityCoding,
        PlanOfCareAlertDays = PlanOfCareAlertDays,
        ReferenceClinicId = ReferenceClinicId,
        MfaRequirement = MfaRequirement ?? Core.Users.MfaRequirement.Optional,
    };

    public void Apply(CompanySettings settings)
    {
        PayerRules = settings.PayerRules;
        AdditionalModifiers = JsonSerializer.Serialize(
            settings.AdditionalModifiers.Select(m => new AdditionalModifier(m.Code.Trim().ToUpperInvariant(), m.Description.Trim())), Json);
        InitialExamCaseCopy = settings.InitialExamCaseCopy;
        EvaluationComplexityCoding = settings.EvaluationComplexityCoding;
        PlanOfCareAlertDays = settings.PlanOfCareAlertDays;
        ReferenceClinicId = settings.ReferenceClinicId;
        MfaRequirement = settings.MfaRequirement;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
