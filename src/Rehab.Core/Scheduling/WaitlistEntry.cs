using Rehab.Core.Common;

namespace Rehab.Core.Scheduling;

public enum WaitlistWish
{
    /// <summary>An earlier slot than the one booked.</summary>
    EarlierSlot,

    /// <summary>A regular weekly slot.</summary>
    RegularSlot,
}

public enum WaitlistStatus
{
    Waiting,
    Booked,
    Removed,
}

/// <summary>A patient waiting for a slot, with the provider, weekdays and times they prefer.</summary>
public sealed class WaitlistEntry : ITenantOwned
{
    public const int CommentMaxLength = 500;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid ClinicId { get; set; }
    public Guid PatientId { get; set; }
    public Guid? CaseId { get; set; }
    public Guid? ProviderId { get; set; }
    public WaitlistWish Wish { get; set; }

    /// <summary>The weekdays that suit, as flags of 1 &lt;&lt; (int)DayOfWeek; 0 for any day.</summary>
    public int Weekdays { get; set; }

    public TimeOnly? EarliestTime { get; set; }
    public TimeOnly? LatestTime { get; set; }
    public string? Comment { get; set; }
    public WaitlistStatus Status { get; set; } = WaitlistStatus.Waiting;
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
