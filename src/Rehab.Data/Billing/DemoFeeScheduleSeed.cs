using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;

namespace Rehab.Data.Billing;

/// <summary>
/// Made-up Medicare allowed amounts for the demo's Phoenix locality (not CMS figures, like the sample file), for this
/// year and last, so that the demo prices its Medicare threshold and decides KX.
/// </summary>
public static class DemoFeeScheduleSeed
{
    private static readonly (string Code, decimal Amount)[] MadeUpAmounts =
    [
        ("97010", 0.00m), ("97012", 16.27m), ("97016", 15.23m), ("G0283", 12.57m), ("97032", 17.77m), ("97035", 14.19m), ("97110", 34.03m),
        ("97112", 38.99m), ("97116", 33.45m), ("97140", 31.26m), ("97530", 39.91m), ("97535", 36.80m), ("97150", 20.07m), ("97161", 113.28m),
        ("97162", 113.28m), ("97163", 113.28m), ("97164", 77.64m), ("97165", 116.17m), ("97166", 116.17m), ("97167", 116.17m), ("97168", 79.02m),
        ("92521", 125.05m),
    ];

    public static void Add(RehabDbContext db, Guid companyId, MedicareFeeScheduleSetting phoenix, int year) =>
        db.FeeScheduleAmounts.AddRange(
            from y in new[] { year - 1, year }
            from a in MadeUpAmounts
            select FeeScheduleAmount.From(companyId, new FeeScheduleEntry(y, ProcedureCode.Parse(a.Code), phoenix.Locality, phoenix.FacilityType, a.Amount)));
}
