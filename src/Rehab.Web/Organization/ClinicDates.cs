using Microsoft.EntityFrameworkCore;
using Rehab.Data;

namespace Rehab.Web.Organization;

/// <summary>"Today" as the clinic counts it: the calendar date in the clinic's time zone.</summary>
public static class ClinicDates
{
    public static async Task<DateOnly> TodayAsync(RehabDbContext db, Guid clinicId, TimeProvider clock, CancellationToken ct)
    {
        var zone = await db.Clinics.Where(c => c.Id == clinicId).Select(c => c.TimeZoneId).FirstOrDefaultAsync(ct);
        return Today(zone, clock);
    }

    /// <summary>Today at each of the clinics, in one query.</summary>
    public static async Task<Dictionary<Guid, DateOnly>> TodayAtAsync(RehabDbContext db, IReadOnlyCollection<Guid> clinicIds, TimeProvider clock,
        CancellationToken ct)
    {
        var zones = await db.Clinics.Where(c => clinicIds.Contains(c.Id)).Select(c => new { c.Id, c.TimeZoneId }).ToListAsync(ct);
        var today = zones.ToDictionary(z => z.Id, z => Today(z.TimeZoneId, clock));
        foreach (var id in clinicIds)
            today.TryAdd(id, Today(null, clock));
        return today;
    }

    private static DateOnly Today(string? zone, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var timeZone)
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeZone).DateTime)
            : DateOnly.FromDateTime(now.UtcDateTime);
    }
}
