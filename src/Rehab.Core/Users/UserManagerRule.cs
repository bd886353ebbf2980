namespace Rehab.Core.Users;

/// <summary>A company keeps at least two active users who may edit users, so nobody is locked out of the User Manager.</summary>
public static class UserManagerRule
{
    public const int Minimum = 2;

    public static string Refusal(int remaining) =>
        $"At least {Minimum} active users with {Permission.EditUsers} must remain in the company; this change would leave {remaining}.";

    /// <summary>Whether a change taking a user out of the active EditUsers holders is refused.</summary>
    public static bool Refuses(bool heldBefore, bool holdsAfter, int holdersBefore) =>
        heldBefore && !holdsAfter && holdersBefore - 1 < Minimum;
}
