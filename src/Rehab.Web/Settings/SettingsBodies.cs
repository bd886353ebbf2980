using System.Text.Json.Serialization;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Common;
using Rehab.Core.Settings;
using Rehab.Core.Users;

namespace Rehab.Web.Settings;

public sealed record AdditionalModifierBody(string? Code, string? Description);

public sealed record CompanySettingsBody
{
    [JsonConverter(typeof(JsonStringEnumConverter<PayerRules>))]
    public PayerRules PayerRules { get; init; } = PayerRules.DeferToPrimary;
    /// <summary>Left out, the seeded list applies.</summary>
    public List<AdditionalModifierBody>? AdditionalModifiers { get; init; }
    public bool InitialExamCaseCopy { get; init; }
    public bool EvaluationComplexityCoding { get; init; } = true;
    public int PlanOfCareAlertDays { get; init; } = 14;
    /// <summary>The clinic the settings review compares the others with; left out, the majority.</summary>
    public Guid? ReferenceClinicId { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<MfaRequirement>))]
    public MfaRequirement MfaRequirement { get; init; } = MfaRequirement.Optional;

    public CompanySettings ToSettings() => new()
    {
        PayerRules = PayerRules,
        AdditionalModifiers = AdditionalModifiers is null
            ? AdditionalModifier.DefaultSeed
            : AdditionalModifiers.Select(m => new AdditionalModifier(m.Code ?? "", m.Description ?? "")).ToList(),
        InitialExamCaseCopy = InitialExamCaseCopy,
        EvaluationComplexityCoding = EvaluationComplexityCoding,
        PlanOfCareAlertDays = PlanOfCareAlertDays,
        ReferenceClinicId = ReferenceClinicId,
        MfaRequirement = MfaRequirement,
    };

    public static CompanySettingsBody From(CompanySettings s) => new()
    {
        PayerRules = s.PayerRules,
        AdditionalModifiers = s.AdditionalModifiers.Select(m => new AdditionalModifierBody(m.Code, m.Description)).ToList(),
        InitialExamCaseCopy = s.InitialExamCaseCopy,
        EvaluationComplexityCoding = s.EvaluationComplexityCoding,
        PlanOfCareAlertDays = s.PlanOfCareAlertDays,
        ReferenceClinicId = s.ReferenceClinicId,
        MfaRequirement = s.MfaRequirement,
    };
}

public sealed record ClinicSettingsBody
{
    public bool AssistantFinalization { get; init; } = true;
    /// <summary>Left out, the first preset applies.</summary>
    public string? SupervisionWording { get; init; }
    public string? MedicareCarrierNumber { get; init; }
    public string? MedicareLocalityNumber { get; init; }
    /// <summary>NonInstitutional or Institutional; with the locality, or all three left out.</summary>
    public string? MedicareFacilityType { get; init; }
    public string DefaultPlaceOfService { get; init; } = "11";
    public bool AllowPlaceOfServiceChange { get; init; }
    public bool RequireReferral { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<PasswordExpiry>))]
    public PasswordExpiry PasswordExpiry { get; init; } = PasswordExpiry.Days90;
    public bool OutcomesExtraQuestions { get; init; }
    public bool OutcomesRecommendQuestion { get; init; } = true;
    public bool ThresholdChartAlert { get; init; } = true;
    public bool ThresholdReviewAmountAlert { get; init; } = true;
    public bool ThresholdSchedulerDisplay { get; init; } = true;
    public bool UsesPresetSupervisionWording { get; init; }

    /// <summary>The settings, or the errors that keep the body from being them.</summary>
    public (ClinicSettings? Settings, ValidationErrors Errors) ToSettings()
    {
        var errors = new ValidationErrors();
        MedicareFeeScheduleSetting? feeSchedule = null;
        var anyFeeSchedule = !string.IsNullOrWhiteSpace(MedicareCarrierNumber) || !string.IsNullOrWhiteSpace(MedicareLocalityNumber)
            || !string.IsNullOrWhiteSpace(MedicareFacilityType);
        if (anyFeeSchedule)
        {
            if (!FeeScheduleLocality.TryCreate(MedicareCarrierNumber, MedicareLocalityNumber, out var locality))
                errors.Add("medicareLocalityNumber", "Choose a Medicare fee-schedule locality: a carrier number of up to five digits and a locality number of up to two.");
            if (!Enum.TryParse<FacilityType>(MedicareFacilityType?.Trim(), ignoreCase: true, out var facility) || !Enum.IsDefined(facility))
                errors.Add("medicareFacilityType", "Facility type is NonInstitutional or Institutional.");
            if (errors.IsValid)
                feeSchedule = new(locality, facility);
        }
        var settings = new ClinicSettings
        {
            AssistantFinalization = AssistantFinalization,
            SupervisionWording = SupervisionWording ?? SupervisionWordings.Presets[0],
            MedicareFeeSchedule = feeSchedule,
            DefaultPlaceOfService = DefaultPlaceOfService ?? "",
            AllowPlaceOfServiceChange = AllowPlaceOfServiceChange,
            RequireReferral = RequireReferral,
            PasswordExpiry = PasswordExpiry,
            OutcomesExtraQuestions = OutcomesExtraQuestions,
            OutcomesRecommendQuestion = OutcomesRecommendQuestion,
            ThresholdAlerts = new(ThresholdChartAlert, ThresholdReviewAmountAlert, ThresholdSchedulerDisplay),
        };
        foreach (var (field, messages) in settings.Validate().ToDictionary())
            foreach (var message in messages)
                errors.Add(field, message);
        return (errors.IsValid ? settings : null, errors);
    }

    public static ClinicSettingsBody From(ClinicSettings s) => new()
    {
        AssistantFinalization = s.AssistantFinalization,
        SupervisionWording = s.SupervisionWording,
        MedicareCarrierNumber = s.MedicareFeeSchedule?.Locality.CarrierNumber,
        MedicareLocalityNumber = s.MedicareFeeSchedule?.Locality.LocalityNumber,
        MedicareFacilityType = s.MedicareFeeSchedule?.FacilityType.ToString(),
        DefaultPlaceOfService = s.DefaultPlaceOfService,
        AllowPlaceOfServiceChange = s.AllowPlaceOfServiceChange,
        RequireReferral = s.RequireReferral,
        PasswordExpiry = s.PasswordExpiry,
        OutcomesExtraQuestions = s.OutcomesExtraQuestions,
        OutcomesRecommendQuestion = s.OutcomesRecommendQuestion,
        ThresholdChartAlert = s.ThresholdAlerts.ChartAlert,
        ThresholdReviewAmountAlert = s.ThresholdAlerts.ReviewAmountAlert,
        ThresholdSchedulerDisplay = s.ThresholdAlerts.SchedulerDisplay,
        UsesPresetSupervisionWording = s.UsesPresetSupervisionWording,
    };
}

public sealed record ReasonedText(string Value, string Reason);

public sealed record EffectiveRulesResponse(
    ReasonedText UnitRule,
    Reasoned<bool> TherapyModifiers,
    Reasoned<bool> CciEdits,
    Reasoned<IReadOnlyList<AdditionalModifier>> AdditionalModifiers,
    Reasoned<bool> MayFinalize,
    Reasoned<bool> OutcomeSurveyRequired,
    Reasoned<string> PlaceOfService,
    Reasoned<bool> MayChangePlaceOfService,
    Reasoned<bool> ReferralRequired,
    Reasoned<bool> MinutesRequired,
    Reasoned<bool> AssistantModifiers,
    Reasoned<bool> ThresholdModifier)
{
    public static EffectiveRulesResponse From(EffectiveRules r) => new(
        new(r.UnitRule.Value.ToString(), r.UnitRule.Reason), r.TherapyModifiers, r.CciEdits, r.AdditionalModifiers, r.MayFinalize,
        r.OutcomeSurveyRequired, r.PlaceOfService, r.MayChangePlaceOfService, r.ReferralRequired,
        r.MinutesRequired, r.AssistantModifiers, r.ThresholdModifier);
}

/// <param name="FixPage">The page that fixes the finding, when one page does.</param>
public sealed record FindingResponse(string Severity, string Subject, string Message, string HowToFix, string? FixPage)
{
    public static FindingResponse From(SettingsFinding f, string? fixPage) => new(f.Severity.ToString(), f.Subject, f.Message, f.HowToFix, fixPage);
}

public sealed record ClinicColumn(Guid Id, string Name);

/// <summary>One clinic setting side by side: a value per clinic, in the order of the response's clinics.</summary>
public sealed record SettingRow(string Setting, IReadOnlyList<string> Values, bool Differs);

public sealed record SettingsReviewResponse(
    IReadOnlyList<FindingResponse> Findings,
    IReadOnlyList<SettingDrift> Drift,
    Guid? ReferenceClinicId,
    string? ReferenceClinic,
    IReadOnlyList<ClinicColumn> Clinics,
    IReadOnlyList<SettingRow> SideBySide);
