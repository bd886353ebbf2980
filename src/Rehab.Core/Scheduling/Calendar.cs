using Rehab.Core.Common;

namespace Rehab.Core.Scheduling;

public enum CalendarKind
{
    /// <summary>A clinician's own schedule, linked to the user by id (never by display name).</summary>
    Provider,

    /// <summary>A room, pool, gym or piece of equipment that can be booked with a visit.</summary>
    Resource,
}

/// <summary>A schedule at a clinic: one per provider, and optional resource calendars.</summary>
public sealed class Calendar : ITenantOwned
{
    public const int NameMaxLength = 120;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid ClinicId { get; set; }
    public CalendarKind Kind { get; set; }

    /// <summary>The user whose schedule this is, on a provider calendar; null on a resource calendar.</summary>
    public Guid? ProviderId { get; set; }

    public required string Name { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>SHA-256 (hex) of the private iCalendar feed token; null if none is issued or it was revoked.</summary>
    public string? FeedTokenHash { get; set; }

    /// <summary>
    /// Raised by every booking on the calendar inside the booking's transaction, so that concurrent bookings of one
    /// calendar are serialized by the row lock and each sees the others' rows before checking for overlap.
    /// </summary>
    public long BookingStamp { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A calendar's regular working hours on one weekday, in the clinic's local time.</summary>
public sealed class WorkingHours : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid CalendarId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
}

/// <summary>
/// Time a calendar is not available (time off), or the whole clinic when <see cref="CalendarId"/> is null (a holiday),
/// from one local date to another; all day unless start and end times are given.
/// </summary>
public sealed class CalendarException : ITenantOwned
{
    public const int ReasonMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid ClinicId { get; set; }
    public Guid? CalendarId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public required string Reason { get; set; }
}
