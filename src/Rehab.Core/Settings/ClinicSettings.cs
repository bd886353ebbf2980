using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Common;

namespace Rehab.Core.Settings;

public enum PasswordExpiry
{
    Days30,
    Days60,
    Days90,
    Never,
}

/// <summary>The Medicare threshold alerts a clinic shows.</summary>
public sealed record MedicareThresholdAlerts(bool ChartAlert, bool ReviewAmountAlert, bool SchedulerDisplay)
{
    public static readonly MedicareThresholdAlerts AllOn = new(true, true, true);
}

/// <summary>Wording stamped on notes an assistant forwards or finalizes under supervision.</summary>
public static class SupervisionWordings
{
    public static readonly IReadOnlyList<string> Presets =
    [
        "Services provided by the therapist assistant under the supervision of the licensed therapist.",
        "Treatment performed by the therapist assistant under the direction and supervision of the physical therapist, who was available on site.",
        "Treatment performed by the therapist assistant under general supervision of the therapist, who was available by telecommunication.",
    ];

    public const int MaxLength = 500;
}

/// <summary>Settings a clinic admin chooses for one clinic.</summary>
public sealed record ClinicSettings
{
    public bool AssistantFinalization { get; init; } = true;
    public string SupervisionWording { get; init; } = SupervisionWordings.Presets[0];
    /// <summary>Null until chosen; while null, the clinic's users see an alert at every login.</summary>
    public MedicareFeeScheduleSetting? MedicareFeeSchedule { get; init; }
    public string DefaultPlaceOfService { get; init; } = "11";
    public bool AllowPlaceOfServiceChange { get; init; }
    public bool RequireReferral { get; init; }
    public PasswordExpiry PasswordExpiry { get; init; } = PasswordExpiry.Days90;
    public bool OutcomesExtraQuestions { get; init; }
    public bool OutcomesRecommendQuestion { get; init; } = true;
    public MedicareThresholdAlerts ThresholdAlerts { get; init; } = MedicareThresholdAlerts.AllOn;

    public bool UsesPresetSupervisionWording => SupervisionWordings.Presets.Contains(SupervisionWording);

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Required(nameof(SupervisionWording), SupervisionWording, "Supervision wording", SupervisionWordings.MaxLength);
        if (DefaultPlaceOfService is not { Length: 2 } || !PlaceOfService.TryParse(DefaultPlaceOfService, out _))
            errors.Add(nameof(DefaultPlaceOfService), PlaceOfService.Rule);
        if (!Enum.IsDefined(PasswordExpiry))
            errors.Add(nameof(PasswordExpiry), "Password expiry is 30, 60 or 90 days, or never.");
        return errors;
    }
}
