using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;

namespace Rehab.Core.Tests.Billing.Threshold;

/// <summary>Made-up fee-schedule amounts for the threshold tests; not CMS figures.</summary>
internal static class Fees
{
    public static readonly FeeScheduleLocality Metro = FeeScheduleLocality.Create("01112", "05");
    public static readonly FeeScheduleLocality RestOfState = FeeScheduleLocality.Create("09102", "99");

    public static readonly MedicareFeeScheduleSetting PrivatePractice = new(Metro, FacilityType.NonInstitutional);

    public static ProcedureCode Code(string code) => ProcedureCode.Parse(code);

    /// <summary>In every year 2018–2026, at <see cref="Metro"/>, non-institutional: round amounts that are easy to add up.</summary>
    public static FeeSchedule Simple(params (string Code, decimal Amount)[] amounts) =>
        new(from year in Enumerable.Range(2018, 9)
            from a in amounts
            select new FeeScheduleEntry(year, Code(a.Code), Metro, FacilityType.NonInstitutional, a.Amount));

    public static readonly FeeSchedule Standard = Simple(
        ("97110", 30m), ("97112", 35m), ("97140", 28m), ("97530", 35m), ("97161", 100m), ("97165", 100m), ("92521", 100m), ("97010", 0m));

    public static BilledService Service(string code, int units, Discipline discipline, int year = 2026, int month = 3, int day = 2) =>
        new(new DateOnly(year, month, day), Code(code), units, discipline);

    public static ThresholdEstimate Estimate(
        IEnumerable<BilledService> services, PriorProviderAmount? prior = null, int year = 2026,
        FeeSchedule? schedule = null, MedicareFeeScheduleSetting? setting = null) =>
        Assert.IsType<ThresholdEstimate>(
            ThresholdEstimator.Estimate(year, setting ?? PrivatePractice, schedule ?? Standard, services, prior));
}
