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

    public static readonly IReadOnlyList<string> All = [Create, Update, Delete, Read, Login, LoginFailed, Logout, TokenIssued, TokenRefreshed, Import];
}

public static class AuditOutcome
{
    public const string Success = "Success";
    public const string Failure = "Failure";
    public const string Denied = "Denied";
}
