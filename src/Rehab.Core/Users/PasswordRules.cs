namespace Rehab.Core.Users;

/// <summary>
/// Length-based password rules without forced composition (NIST SP 800-63B §5.1.1.2; OWASP ASVS 2.1.1, 2.1.2, 2.1.9).
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const int FailedAttemptsBeforeLockout = 5;

    /// <summary>ONC 170.315(d)(5): a session ends after this much inactivity.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);
}
