namespace Rehab.Core.Billing.Threshold;

/// <summary>
/// The Medicare allowed amounts a company imported, looked up by year, code, locality and facility type.
/// </summary>
public sealed class FeeSchedule
{
    private readonly Dictionary<(int Year, ProcedureCode Code, FeeScheduleLocality Locality, FacilityType FacilityType), decimal> _amounts = [];

    /// <exception cref="ArgumentException">Two entries are for the same year, code, locality and facility type.</exception>
    public FeeSchedule(IEnumerable<FeeScheduleEntry> entries)
    {
        var list = entries.ToList();
        foreach (var e in list)
        {
            if (!_amounts.TryAdd((e.Year, e.Code, e.Locality, e.FacilityType), e.AllowedAmount))
                throw new ArgumentException(
                    $"The fee schedule has {e.Code} for {e.Year}, {e.Locality}, {e.FacilityType.Name()} more than once.", nameof(entries));
        }
        Entries = list;
    }

    public static FeeSchedule Empty { get; } = new([]);

    public IReadOnlyList<FeeScheduleEntry> Entries { get; }

    /// <summary>
    /// The allowed amount for one unit, or null when the schedule has no amount for that combination.
    /// </summary>
    public decimal? AllowedAmount(int year, ProcedureCode code, FeeScheduleLocality locality, FacilityType facilityType) =>
        _amounts.TryGetValue((year, code, locality, facilityType), out var amount) ? amount : null;

    /// <summary>
    /// The service's units × its allowed amount where it was provided (<paramref name="setting"/> when the service does
    /// not say), CQ/CO units at 85% (<see cref="ThresholdAccrual"/>), or null when the schedule has no amount for it or
    /// neither says where it was provided.
    /// </summary>
    public decimal? AllowedFor(BilledService service, MedicareFeeScheduleSetting? setting) =>
        (service.PricedAt ?? setting) is { } at
        && AllowedAmount(service.DateOfService.Year, service.Code, at.Locality, at.FacilityType) is { } perUnit
            ? ThresholdAccrual.Allowed(perUnit, service)
            : null;

    /// <summary>Whether the schedule has any amount of the year for the locality and facility type.</summary>
    public bool HasAmounts(int year, MedicareFeeScheduleSetting setting) =>
        Entries.Any(e => e.Year == year && e.Locality == setting.Locality && e.FacilityType == setting.FacilityType);
}
