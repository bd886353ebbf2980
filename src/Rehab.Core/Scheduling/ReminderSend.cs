using Rehab.Core.Common;

namespace Rehab.Core.Scheduling;

/// <summary>
/// A reminder claimed for sending. Unique per appointment and channel, so that with several web instances a reminder
/// goes out once: the instance whose insert succeeds sends it.
/// </summary>
public sealed class ReminderSend : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid AppointmentId { get; set; }
    public required string Channel { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? Error { get; set; }
}
