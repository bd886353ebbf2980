namespace Rehab.Core.Organization;

/// <summary>IANA time zone names accepted for a clinic.</summary>
public static class ClinicTimeZone
{
    public static bool IsValid(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Contains('/') &&
        TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId;

    /// <summary>US zones offered first in pickers.</summary>
    public static readonly IReadOnlyList<string> Common =
    [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
        "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
    ];
}
