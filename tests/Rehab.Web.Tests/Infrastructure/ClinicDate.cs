namespace Rehab.Web.Tests.Infrastructure;

/// <summary>
/// Today at the demo company's clinics: Phoenix's date (Denver's is never behind it). The server dates visits and
/// referrals at the clinic, so every evening there UTC's date would be a day in the clinic's future.
/// </summary>
internal static class ClinicDate
{
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "America/Phoenix"));
}
