using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Settings;
using Rehab.Data.Payers;

namespace Rehab.Data.Settings;

/// <summary>
/// The demo company's payers and settings, with problems planted on purpose so the settings review has
/// something to show: a Medicaid plan on the Rule of 8s, a Medicare payer without therapy modifiers, a PPO
/// left on the default HMO type, a modifier the company no longer defines, and a clinic set up differently
/// from the reference clinic and without a Medicare fee-schedule locality.
/// </summary>
public static class DemoSettingsSeed
{
    /// <summary>
    /// Phoenix Central's Medicare fee-schedule locality and facility type; Denver Highlands has none yet.
    /// </summary>
    public static readonly MedicareFeeScheduleSetting PhoenixFeeSchedule = new(FeeScheduleLocality.Create("03102", "00"), FacilityType.NonInstitutional);

    public static void Add(RehabDbContext db, Guid companyId, Guid phoenix, Guid denver)
    {
        var company = new CompanySettings
        {
            PayerRules = PayerRules.DeferToPrimary,
            AdditionalModifiers = AdditionalModifier.DefaultSeed.Where(m => m.Code != "GZ").ToList(),
            InitialExamCaseCopy = true,
            ReferenceClinicId = phoenix,
        };
        var companyRow = new CompanySettingsRow { CompanyId = companyId };
        companyRow.Apply(company);
        db.CompanySettings.Add(companyRow);

        var phoenixRow = new ClinicSettingsRow { ClinicId = phoenix, CompanyId = companyId };
        phoenixRow.Apply(new ClinicSettings
        {
            MedicareFeeSchedule = PhoenixFeeSchedule,
        });
        var denverRow = new ClinicSettingsRow { ClinicId = denver, CompanyId = companyId };
        denverRow.Apply(new ClinicSettings
        {
            AssistantFinalization = false,
            SupervisionWording = SupervisionWordings.Presets[1],
            RequireReferral = true,
            PasswordExpiry = PasswordExpiry.Days60,
            ThresholdAlerts = new(ChartAlert: true, ReviewAmountAlert: true, SchedulerDisplay: false),
        });
        db.ClinicSettings.AddRange(phoenixRow, denverRow);

        foreach (var settings in Payers)
        {
            var payer = new Payer { CompanyId = companyId, Name = settings.Name };
            payer.Apply(settings);
            db.Payers.Add(payer);
        }
    }

    private static HashSet<string> Modifiers(params string[] codes) => new(codes, StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlyList<PayerSettings> Payers =
    [
        new()
        {
            Name = "Medicare Part B", PayerId = "03102", Type = InsuranceType.Medicare, RequireMinutesPerCode = true,
            AppliesTherapyModifiers = true, AppliesCciEdits = true, EnabledAdditionalModifiers = Modifiers("59", "XU", "KX", "CQ", "CO", "GA", "GY"),
            AllowAssistantFinalization = true, RequireOutcomeSurvey = true, AppliesAssistantModifiers = true,
        },
        new()
        {
            Name = "Railroad Medicare", PayerId = "00882", Type = InsuranceType.Medicare, RequireMinutesPerCode = true,
            AppliesTherapyModifiers = true, AppliesCciEdits = true, AppliesAssistantModifiers = true,
            EnabledAdditionalModifiers = Modifiers("59", "KX"),
        },
        new()
        {
            Name = "Humana Medicare Advantage", PayerId = "61101", Type = InsuranceType.MedicareReplacement, RequireMinutesPerCode = true,
            AppliesTherapyModifiers = true, AppliesCciEdits = true, EnabledAdditionalModifiers = Modifiers("59", "KX", "CQ", "CO"),
            RequireOutcomeSurvey = true, AuthorizationRequired = true, AppliesAssistantModifiers = true,
        },
        new()
        {
            Name = "Aetna PPO", PayerId = "60054", Type = InsuranceType.PPO, UnitRule = UnitRule.RuleOfEights,
            AppliesTherapyModifiers = true, AppliesCciEdits = true, EnabledAdditionalModifiers = Modifiers("59", "GZ"),
            AllowAssistantFinalization = true, VisitsPerYearLimit = 30,
        },
        new()
        {
            Name = "Blue Cross Blue Shield of Arizona", PayerId = "53589", Type = InsuranceType.BCBS, UnitRule = UnitRule.RuleOfEights,
            AppliesTherapyModifiers = true, EnabledAdditionalModifiers = Modifiers("59"), AllowAssistantFinalization = true,
            VisitsPerYearLimit = 20, AuthorizationRequired = true,
        },
        new() { Name = "UnitedHealthcare Choice Plus PPO", PayerId = "87726", UnitRule = UnitRule.RuleOfEights, AppliesTherapyModifiers = true },
        new()
        {
            Name = "AHCCCS Arizona Medicaid", PayerId = "AZM01", Type = InsuranceType.Medicaid, UnitRule = UnitRule.RuleOfEights,
            AppliesTherapyModifiers = true, AuthorizationRequired = true, VisitsPerYearLimit = 24,
        },
        new()
        {
            Name = "Pinnacol Assurance", PayerId = "41178", Type = InsuranceType.WorkersComp, RequireMinutesPerCode = true,
            AppliesTherapyModifiers = true, AuthorizationRequired = true,
        },
        new() { Name = "Self Pay", Type = InsuranceType.SelfPay, UnitRule = UnitRule.RuleOfEights },
    ];
}
