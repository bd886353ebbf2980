namespace Rehab.Core.Scheduling;

public enum AppointmentStatus
{
    Scheduled,
    /// <summary>Checked in.</summary>
    Arrived,
    /// <summary>Checked out.</summary>
    Completed,
    Cancelled,
    NoShow,
    /// <summary>Moved to another appointment, which links back; counted as a reschedule, not hidden.</summary>
    Rescheduled,
    /// <summary>Entered by mistake: kept, and left out of every count.</summary>
    Voided,
}

public enum CancelledBy
{
    Patient,
    Clinic,
    Provider,
}

public static class AppointmentStatuses
{
    /// <summary>The statuses that occupy the calendar: a visit in any other is free time.</summary>
    public static readonly IReadOnlyList<AppointmentStatus> HoldTime =
        [AppointmentStatus.Scheduled, AppointmentStatus.Arrived, AppointmentStatus.Completed];

    /// <summary>Statuses move forward only: the moves allowed from each.</summary>
    public static bool CanMove(AppointmentStatus from, AppointmentStatus to) => (from, to) switch
    {
        (AppointmentStatus.Scheduled, AppointmentStatus.Arrived or AppointmentStatus.Cancelled
            or AppointmentStatus.NoShow or AppointmentStatus.Rescheduled or AppointmentStatus.Voided) => true,
        (AppointmentStatus.Arrived, AppointmentStatus.Completed or AppointmentStatus.Voided) => true,
        (AppointmentStatus.Completed or AppointmentStatus.Cancelled or AppointmentStatus.NoShow,
            AppointmentStatus.Voided) => true,
        _ => false,
    };

    /// <summary>The reasons a front desk picks from when a visit is cancelled.</summary>
    public static readonly IReadOnlyList<string> CancelReasons =
    [
        "Illness", "Transportation", "Work or school conflict", "Weather", "Family emergency", "Financial or insurance",
        "Feeling better", "Provider unavailable", "Clinic closed", "Scheduling error", "Other",
    ];
}
