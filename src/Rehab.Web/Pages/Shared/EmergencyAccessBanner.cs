using Rehab.Core.Patients;
using Rehab.Web.Patients;

namespace Rehab.Web.Pages.Shared;

/// <summary>What the chart says while it is open under emergency access: why, and until when.</summary>
public sealed record EmergencyAccessBanner(
    EmergencyReason Category, string Reason, DateTimeOffset ExpiresAt, int MinutesLeft)
{
    public static EmergencyAccessBanner? For(HttpContext http, Guid patientId, TimeProvider clock) =>
        http.EmergencyAccessTo(patientId) is { } grant
            ? new(grant.Category, grant.Reason, grant.ExpiresAt,
                (int)Math.Ceiling((grant.ExpiresAt - clock.GetUtcNow()).TotalMinutes))
            : null;
}
