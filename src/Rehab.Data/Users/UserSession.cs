namespace Rehab.Data.Users;

/// <summary>
/// One sign-in: a browser's cookie or an API client's token family. Its id travels in the cookie or token and is
/// checked on every request, so signing out or ending it on the server stops the copy an attacker kept
/// (ONC 170.315(d)(1), ASVS 7.4.1).
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid CompanyId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    /// <summary>The absolute end, however active the user stays (ASVS 7.3.2).</summary>
    public DateTimeOffset EndsAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Why it ended early: signed out, refresh token reused.</summary>
    public string? EndReason { get; set; }
    /// <summary>The one refresh token of the family still good; every refresh moves it on.</summary>
    public int RefreshGeneration { get; set; }
}
