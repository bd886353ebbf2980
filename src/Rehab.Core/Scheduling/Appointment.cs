using Rehab.Core.Common;

namespace Rehab.Core.Scheduling;

/// <summary>
/// One visit on a calendar: a row per visit (a series is a rule plus the rows it made), stored in UTC with the
/// clinic's zone and the local date of service. Its status only moves forward; nothing is ever deleted.
/// </summary>
public sealed class Appointment : ITenantOwned
{
    public const int CommentMaxLength = 1000;
    public const int ReasonMaxLength = 200;
    public const int IdempotencyKeyMaxLength = 100;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid ClinicId { get; set; }
    public Guid PatientId { get; set; }
    public Guid? CaseId { get; set; }

    /// <summary>The provider calendar the visit is on.</summary>
    public Guid CalendarId { get; set; }

    /// <summary>The provider (the calendar's user), kept on the row so reports and missed notes join by id.</summary>
    public Guid ProviderId { get; set; }

    /// <summary>A room, pool or gym booked with the visit.</summary>
    public Guid? ResourceCalendarId { get; set; }

    public Guid AppointmentTypeId { get; set; }

    /// <summary>UTC.</summary>
    public DateTimeOffset StartsAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>The clinic's local date of the start: the date of service a note of the visit carries.</summary>
    public DateOnly DateOfService { get; set; }

    public string? PlaceOfService { get; set; }
    public string? Comment { get; set; }
    public AppointmentStatus Status { get; set; } = AppointmentStatus.Scheduled;

    /// <summary>Copied from the type at booking: may overlap visits that also allow it (group, co-treat).</summary>
    public bool AllowsOverlap { get; set; }

    public DateTimeOffset? ArrivedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }
    public CancelledBy? CancelledBy { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>When the patient contacted the clinic to cancel: tells late cancels from 24-hour notice.</summary>
    public DateTimeOffset? PatientContactedAt { get; set; }

    public DateTimeOffset? NoShowAt { get; set; }

    /// <summary>A booking entered by mistake is voided with a reason and left out of every count.</summary>
    public DateTimeOffset? VoidedAt { get; set; }
    public string? VoidReason { get; set; }

    /// <summary>On a rescheduled visit: the appointment it was moved to.</summary>
    public Guid? RescheduledToId { get; set; }

    /// <summary>On the new visit of a reschedule: the appointment it replaces.</summary>
    public Guid? RescheduledFromId { get; set; }

    public Guid? SeriesId { get; set; }

    /// <summary>When the patient confirmed the visit (the reminder's link).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>A client's key for a booking, so that a retried POST does not book twice.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>The note started from the visit.</summary>
    public Guid? NoteId { get; set; }

    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Changes on every save; a save that read an older version is refused (optimistic concurrency).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Whether the visit holds its time on the calendar (booked, arrived or done).</summary>
    public bool HoldsTime => AppointmentStatuses.HoldTime.Contains(Status);
}
