using Rehab.Core.Common;

namespace Rehab.Core.Scheduling;

/// <summary>What a booking does when a series goes past the plan of care, authorization or certification.</summary>
public enum BookingCheckMode
{
    Warn,
    Refuse,
}

/// <summary>A clinic's scheduler settings; a clinic without a row uses the defaults.</summary>
public sealed class SchedulingSettings : ITenantOwned
{
    public Guid ClinicId { get; set; }
    public Guid CompanyId { get; set; }

    public bool RemindersOn { get; set; } = true;

    /// <summary>How long before the visit the e-mail reminder goes out.</summary>
    public int ReminderHoursBefore { get; set; } = 48;

    /// <summary>Hours after a visit's end before a visit without a finalized note counts as a missed note.</summary>
    public int MissedNoteGraceHours { get; set; } = 24;

    public BookingCheckMode PlanOfCareCheck { get; set; } = BookingCheckMode.Warn;
    public BookingCheckMode AuthorizationCheck { get; set; } = BookingCheckMode.Refuse;

    /// <summary>Whether a provider's calendar feed may show patients' initials; off, only the visit type.</summary>
    public bool FeedShowsInitials { get; set; }

    public static SchedulingSettings DefaultsFor(Guid companyId, Guid clinicId) =>
        new() { CompanyId = companyId, ClinicId = clinicId };
}
