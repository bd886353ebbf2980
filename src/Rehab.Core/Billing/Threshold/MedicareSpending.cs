using Rehab.Core.Billing.Modifiers;

namespace Rehab.Core.Billing.Threshold;

/// <summary>
/// The patient's Medicare therapy spending a note's KX modifiers are decided on: prior providers' amounts and the
/// patient's other finalized Medicare services, priced with the fee schedule, the same way the chart's threshold
/// counts them. A visit counts everything of its calendar year up to and including its date of service (SSA §1833(g)
/// amounts are per calendar year, so January starts at zero).
/// </summary>
/// <param name="Setting">
/// The fee-schedule locality and facility type of the note's clinic: the note's lines are priced with it. Null when the
/// clinic has none: the lines count as nothing and KX is decided only when other amounts alone pass the threshold.
/// </param>
/// <param name="OtherServices">The patient's finalized Medicare services of other notes, each priced where it was provided.</param>
/// <param name="PriorAmounts">Other providers' amounts per year, as entered on the patient's Medicare policies.</param>
public sealed record MedicareSpending(
    MedicareFeeScheduleSetting? Setting, FeeSchedule FeeSchedule, IReadOnlyList<BilledService> OtherServices,
    IReadOnlyList<PriorProviderAmount> PriorAmounts)
{
    /// <summary>
    /// The year to date of each bucket the visit's lines bill in, with the visit's own allowed amount.
    /// </summary>
    public IReadOnlyDictionary<TherapyBucket, TherapyYearToDate> ForVisit(DateOnly dateOfService, IEnumerable<BilledLine> lines) =>
        Visit(dateOfService, lines).GroupBy(s => s.Bucket).ToDictionary(g => g.Key, g => new TherapyYearToDate(
            PriorAmounts.Where(p => p.Year == dateOfService.Year).Sum(p => p.For(g.Key))
            + OtherServices.Where(s => s.Bucket == g.Key && s.DateOfService.Year == dateOfService.Year && s.DateOfService <= dateOfService).Sum(Price),
            g.Sum(Price))
        {
            NotPriced = NotPricedReasons(dateOfService, g),
        });

    /// <summary>
    /// The visit's billed codes the fee schedule has no amount for: they count as nothing toward the threshold.
    /// </summary>
    /// <remarks>None without a setting: then nothing of the visit is priced, as KX's own explanation says.</remarks>
    public IReadOnlyList<ProcedureCode> NotPriced(DateOnly dateOfService, IEnumerable<BilledLine> lines) =>
        Setting is null ? []
        : [.. Visit(dateOfService, lines).Where(s => s.Units > 0 && FeeSchedule.AllowedFor(s, Setting) is null)
            .Select(s => s.Code).Distinct()];

    private IReadOnlyList<string> NotPricedReasons(DateOnly dateOfService, IEnumerable<BilledService> visit)
    {
        var year = dateOfService.Year;
        if (Setting is null)
            return ["the clinic has no Medicare fee-schedule locality, so this visit cannot be priced: choose the " +
                "locality and facility type in the clinic's settings"];
        if (!FeeSchedule.HasAmounts(year, Setting))
            return [$"the fee schedule has no {year} amounts for the clinic's locality ({Setting.Locality}, " +
                $"{Setting.FacilityType.Name()}): import CMS's {year} fee schedule for it, or choose another locality"];
        var codes = visit.Where(s => s.Units > 0 && FeeSchedule.AllowedFor(s, Setting) is null)
            .Select(s => s.Code.Value)
            .Distinct().ToList();
        return codes.Count == 0 ? []
            : [$"the fee schedule has no {year} amount for {string.Join(", ", codes)} at the clinic's locality " +
                $"({Setting.Locality}): import a fee schedule that has {(codes.Count == 1 ? "it" : "them")}"];
    }

    private static IEnumerable<BilledService> Visit(DateOnly dateOfService, IEnumerable<BilledLine> lines) =>
        lines.Select(l => new BilledService(dateOfService, l.Code, l.Units, l.Discipline)
        {
            AssistantUnits = ThresholdAccrual.AssistantUnits(l),
        });

    private decimal Price(BilledService service) => FeeSchedule.AllowedFor(service, Setting) ?? 0m;
}
