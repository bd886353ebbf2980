namespace Rehab.Core.Users;

public static class SessionRules
{
    /// <summary>
    /// ONC 170.315(d)(5), ASVS 7.3.2: a sign-in ends this long after it began, however active the user stays;
    /// the idle timeout (<see cref="PasswordRules.IdleTimeout"/>) ends it sooner.
    /// </summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);
}
