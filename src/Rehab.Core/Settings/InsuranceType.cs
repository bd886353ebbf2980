namespace Rehab.Core.Settings;

/// <summary>The kind of plan a payer is; numbered as the charges extract's insurance type ids.</summary>
public enum InsuranceType
{
    HMO = 1, PPO, Medicare, EPO, SelfPay, Medicaid, WorkersComp, Tricare, Commercial, AutoPip, POS, GEHA, VA,
    Employer, Other, MedicareReplacement, BCBS,
}

public static class InsuranceTypes
{
    /// <summary>The type a new payer starts with.</summary>
    public const InsuranceType Default = InsuranceType.HMO;

    public static string DisplayName(this InsuranceType type) => type switch
    {
        InsuranceType.SelfPay => "Self Pay",
        InsuranceType.WorkersComp => "Workers' Comp",
        InsuranceType.AutoPip => "Auto/PIP",
        InsuranceType.POS => "POS (point of service)",
        InsuranceType.MedicareReplacement => "Medicare Replacement",
        _ => type.ToString(),
    };

    /// <summary>Medicare and Medicare Replacement (Medicare Advantage) plans bill by CMS's rules.</summary>
    public static bool IsMedicare(this InsuranceType type) => type is InsuranceType.Medicare or InsuranceType.MedicareReplacement;
}
