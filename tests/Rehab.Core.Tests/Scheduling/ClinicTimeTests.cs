using Rehab.Core.Scheduling;

namespace Rehab.Core.Tests.Scheduling;

/// <summary>
/// RFC 5545 §3.3.5: a local time in the spring gap moves forward by the gap; one in the autumn overlap takes the first.
/// </summary>
public sealed class ClinicTimeTests
{
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");
    private static readonly TimeZoneInfo Phoenix = TimeZoneInfo.FindSystemTimeZoneById("America/Phoenix");

    [Theory]
    [InlineData("2026-03-07T09:00", "2026-03-07T16:00Z")] // MST, UTC-7
    [InlineData("2026-03-09T09:00", "2026-03-09T15:00Z")] // MDT, UTC-6
    [InlineData("2026-03-08T02:30", "2026-03-08T09:30Z")] // does not exist: 03:30 MDT
    [InlineData("2026-11-01T01:30", "2026-11-01T07:30Z")] // exists twice: the first, MDT
    [InlineData("2026-11-02T09:00", "2026-11-02T16:00Z")]
    public void Denver_local_times_across_both_transitions(string local, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc), ClinicTime.ToInstant(DateTime.Parse(local), Denver));

    [Theory]
    [InlineData("2026-03-08T02:30", "2026-03-08T09:30Z")]
    [InlineData("2026-11-01T01:30", "2026-11-01T08:30Z")]
    [InlineData("2026-07-01T09:00", "2026-07-01T16:00Z")]
    public void Phoenix_has_no_transitions(string local, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc), ClinicTime.ToInstant(DateTime.Parse(local), Phoenix));

    [Fact]
    public void A_local_time_goes_to_an_instant_and_back()
    {
        var local = new DateTime(2026, 6, 15, 14, 45, 0);
        Assert.Equal(local, ClinicTime.ToLocal(ClinicTime.ToInstant(local, Denver), Denver));
    }
}
