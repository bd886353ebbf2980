using Microsoft.EntityFrameworkCore;
using Rehab.Core.Scheduling;

namespace Rehab.Data.Scheduling;

/// <summary>
/// No double booking of a provider or resource, held under concurrency: a booking locks its calendars' rows inside
/// its transaction (PostgreSQL row locks; a SQLite write transaction excludes other writers), then looks for overlaps,
/// then inserts. A second booking of the same calendar waits for the first to commit and then sees its row.
/// </summary>
public static class CalendarBookings
{
    /// <summary>Call inside the booking's transaction, before <see cref="Overlapping"/>.</summary>
    public static async Task LockAsync(RehabDbContext db, IEnumerable<Guid> calendarIds, CancellationToken ct)
    {
        foreach (var id in calendarIds.Distinct().Order()) // one order everywhere, so two bookings never deadlock
            await db.Calendars.Where(c => c.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.BookingStamp, c => c.BookingStamp + 1), ct);
    }

    /// <summary>
    /// The visits on the calendar (as provider or resource calendar) that hold time overlapping the span; the statuses
    /// are those of <see cref="AppointmentStatuses.HoldTime"/>, spelled out so that the query stays plain SQL.
    /// </summary>
    public static IQueryable<Appointment> Overlapping(RehabDbContext db, Guid calendarId, DateTimeOffset start,
        DateTimeOffset end) =>
        db.Appointments.Where(a => (a.CalendarId == calendarId || a.ResourceCalendarId == calendarId)
            && (a.Status == AppointmentStatus.Scheduled || a.Status == AppointmentStatus.Arrived
                || a.Status == AppointmentStatus.Completed)
            && a.StartsAt < end && a.EndsAt > start);
}
