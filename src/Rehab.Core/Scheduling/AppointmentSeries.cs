using Rehab.Core.Common;

namespace Rehab.Core.Scheduling;

/// <summary>
/// A recurring booking: the RFC 5545 rule and its first local start. The visits it made are appointment rows with
/// <see cref="Appointment.SeriesId"/>; they are never expanded at read time.
/// </summary>
public sealed class AppointmentSeries : ITenantOwned
{
    public const int RuleMaxLength = 500;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid ClinicId { get; set; }
    public Guid PatientId { get; set; }
    public Guid? CaseId { get; set; }
    public Guid CalendarId { get; set; }
    public Guid AppointmentTypeId { get; set; }

    /// <summary>The RRULE value, such as <c>FREQ=WEEKLY;BYDAY=MO,TH;COUNT=12</c>.</summary>
    public required string Rule { get; set; }

    /// <summary>The first visit's start in the clinic's local time.</summary>
    public DateTime FirstStartLocal { get; set; }

    public int DurationMinutes { get; set; }
    public required string TimeZoneId { get; set; }
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
