namespace Rehab.Core.Audit;

public static class AuditAction
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string Read = "Read";
    public const string Login = "Login";
    public const string LoginFailed = "LoginFailed";
    public const string Logout = "Logout";
    public const string TokenIssued = "TokenIssued";
    public const string TokenRefreshed = "TokenRefreshed";
    public const string Import = "Import";
    /// <summary>A clinician handed their signed-in tablet to a patient, locked to one outcome survey.</summary>
    public const string TabletLocked = "TabletLocked";
    /// <summary>The clinician re-entered their password to take the tablet back (or failed to).</summary>
    public const string TabletUnlocked = "TabletUnlocked";

    /// <summary>A user changed their own password.</summary>
    public const string PasswordChanged = "PasswordChanged";
    /// <summary>An admin set another user's password; the user must change it at the next sign-in.</summary>
    public const string PasswordReset = "PasswordReset";
    /// <summary>A sign-in ended on the server: signed out, or its refresh token was used twice.</summary>
    public const string SessionEnded = "SessionEnded";

    /// <summary>A write that was refused (403, 409, 422): who tried what, and why it was refused.</summary>
    public const string Refused = "Refused";

    public static readonly IReadOnlyList<string> All =
    [
        Create, Update, Delete, Read, Login, LoginFailed, Logout, TokenIssued, TokenRefreshed, Import,
        TabletLocked, TabletUnlocked, PasswordChanged, PasswordReset, SessionEnded, Refused,
    ];
}

public static class AuditOutcome
{
    public const string Success = "Success";
    public const string Failure = "Failure";
    public const string Denied = "Denied";
}
