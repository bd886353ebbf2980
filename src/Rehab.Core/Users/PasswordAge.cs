using Rehab.Core.Settings;

namespace Rehab.Core.Users;

/// <summary>Whether a password must be changed before the user may do anything else.</summary>
public static class PasswordAge
{
    public static TimeSpan? Lifetime(this PasswordExpiry expiry) => expiry switch
    {
        PasswordExpiry.Days30 => TimeSpan.FromDays(30),
        PasswordExpiry.Days60 => TimeSpan.FromDays(60),
        PasswordExpiry.Days90 => TimeSpan.FromDays(90),
        _ => null,
    };

    /// <summary>A password of unknown age counts as expired where the clinic sets an expiry.</summary>
    public static bool IsExpired(PasswordExpiry expiry, DateTimeOffset? changedAt, DateTimeOffset now) =>
        expiry.Lifetime() is { } lifetime && (changedAt is not { } changed || now >= changed + lifetime);

    public static bool MustChange(
        bool forcedByAdmin, PasswordExpiry expiry, DateTimeOffset? changedAt, DateTimeOffset now) =>
        forcedByAdmin || IsExpired(expiry, changedAt, now);
}
