using Rehab.Core.Billing.Threshold;
using Rehab.Core.Common;
using Rehab.Core.Settings;
using Rehab.Data.Audit;

namespace Rehab.Data.Settings;

/// <summary>One clinic's settings; a clinic without a row has the defaults.</summary>
public sealed class ClinicSettingsRow : ITenantOwned, IAuditsValues
{
    public Guid ClinicId { get; set; }
    public Guid CompanyId { get; set; }
    public bool AssistantFinalization { get; set; }
    public string SupervisionWording { get; set; } = "";
    public string? MedicareCarrierNumber { get; set; }
    public string? MedicareLocalityNumber { get; set; }
    public FacilityType? MedicareFacilityType { get; set; }
    public string DefaultPlaceOfService { get; set; } = "11";
    public bool AllowPlaceOfServiceChange { get; set; }
    public bool RequireReferral { get; set; }
    public PasswordExpiry PasswordExpiry { get; set; }
    public bool OutcomesExtraQuestions { get; set; }
    public bool OutcomesRecommendQuestion { get; set; }
    public bool ThresholdChartAlert { get; set; }
    public bool ThresholdReviewAmountAlert { get; set; }
    public bool ThresholdSchedulerDisplay { get; set; }

    public ClinicSettings ToSettings() => new()
    {
        AssistantFinalization = AssistantFinalization,
        SupervisionWording = SupervisionWording,
        MedicareFeeSchedule = MedicareFacilityType is { } facility
            && FeeScheduleLocality.TryCreate(MedicareCarrierNumber, MedicareLocalityNumber, out var locality)
                ? new MedicareFeeScheduleSetting(locality, facility)
                : null,
        DefaultPlaceOfService = DefaultPlaceOfService,
        AllowPlaceOfServiceChange = AllowPlaceOfServiceChange,
        RequireReferral = RequireReferral,
        PasswordExpiry = PasswordExpiry,
        OutcomesExtraQuestions = OutcomesExtraQuestions,
        OutcomesRecommendQuestion = OutcomesRecommendQuestion,
        ThresholdAlerts = new(ThresholdChartAlert, ThresholdReviewAmountAlert, ThresholdSchedulerDisplay),
    };

    public void Apply(ClinicSettings settings)
    {
        AssistantFinalization = settings.AssistantFinalization;
        SupervisionWording = settings.SupervisionWording.Trim();
        MedicareCarrierNumber = settings.MedicareFeeSchedule?.Locality.CarrierNumber;
        MedicareLocalityNumber = settings.MedicareFeeSchedule?.Locality.LocalityNumber;
        MedicareFacilityType = settings.MedicareFeeSchedule?.FacilityType;
        DefaultPlaceOfService = settings.DefaultPlaceOfService;
        AllowPlaceOfServiceChange = settings.AllowPlaceOfServiceChange;
        RequireReferral = settings.RequireReferral;
        PasswordExpiry = settings.PasswordExpiry;
        OutcomesExtraQuestions = settings.OutcomesExtraQuestions;
        OutcomesRecommendQuestion = settings.OutcomesRecommendQuestion;
        ThresholdChartAlert = settings.ThresholdAlerts.ChartAlert;
        ThresholdReviewAmountAlert = settings.ThresholdAlerts.ReviewAmountAlert;
        ThresholdSchedulerDisplay = settings.ThresholdAlerts.SchedulerDisplay;
    }
}
