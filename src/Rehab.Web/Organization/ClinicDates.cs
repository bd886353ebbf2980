using Microsoft.EntityFrameworkCore;
using Rehab.Data;

namespace Rehab.Web.Organization;

/// <summary>"Today" as the clinic counts it: the calendar date in the clinic's time zone.</summary>
public static class ClinicDates
{
    public static async Task<DateOnly> TodayAsync(RehabDbContext db, Guid clinicId, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var zone = await db.Clinics.Where(c => c.Id == clinicId).Select(c => c.TimeZoneId).FirstOrDefaultAsync(ct);
        return zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var timeZone)
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeZone).DateTime)
            : DateOnly.FromDateTime(now.UtcDateTime);
    }
}
