using Rehab.Core.Users;

namespace Rehab.Core.Documentation;

/// <summary>
/// When a student's services bill. Medicare pays for them only when the supervising therapist directed the service,
/// in the room and not doing anything else, and attests it at co-signature (Pub. 100-02 Ch. 15 §230.1 B); other payers
/// follow the company's own arrangements.
/// </summary>
public static class StudentServices
{
    /// <summary>Why the note bills nothing, or null when it bills as usual.</summary>
    /// <param name="medicareCase">A payer of the case is a Medicare type.</param>
    /// <param name="directedInRoom">The co-signer attests they directed the service in the room.</param>
    public static string? NotBillable(UserType author, bool medicareCase, bool directedInRoom) =>
        author.IsStudent() && medicareCase && !directedInRoom
            ? $"Not billed: {author.WithArticle()}'s services bill to Medicare only when the supervising therapist " +
              "attests at co-signature that they directed the service in the room (Pub. 100-02 Ch. 15 §230.1 B)."
            : null;
}
