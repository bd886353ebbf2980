using Rehab.Core.Settings;
using Rehab.Core.Users;

namespace Rehab.Core.Tests.Users;

public sealed class PasswordAgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(PasswordExpiry.Days30, 29, false)]
    [InlineData(PasswordExpiry.Days30, 30, true)]
    [InlineData(PasswordExpiry.Days60, 59, false)]
    [InlineData(PasswordExpiry.Days60, 60, true)]
    [InlineData(PasswordExpiry.Days90, 89, false)]
    [InlineData(PasswordExpiry.Days90, 90, true)]
    [InlineData(PasswordExpiry.Never, 5000, false)]
    public void A_password_expires_on_the_day_the_clinic_setting_says(
        PasswordExpiry expiry, int daysOld, bool expired) =>
        Assert.Equal(expired, PasswordAge.IsExpired(expiry, Now.AddDays(-daysOld), Now));

    [Fact]
    public void A_password_of_unknown_age_counts_as_expired_where_passwords_expire()
    {
        Assert.True(PasswordAge.IsExpired(PasswordExpiry.Days90, null, Now));
        Assert.False(PasswordAge.IsExpired(PasswordExpiry.Never, null, Now));
    }

    [Fact]
    public void An_admin_reset_must_be_changed_however_young_the_password() =>
        Assert.True(PasswordAge.MustChange(forcedByAdmin: true, PasswordExpiry.Never, Now, Now));
}
