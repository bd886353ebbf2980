using Rehab.Core.Common;
using Rehab.Core.Users;

namespace Rehab.Core.Documentation;

/// <summary>
/// Who authors clinical content (notes, their signatures, addenda and outcome surveys), whatever permissions a user
/// holds: never front office or billing staff, who keep the Administrative Discharge, a case's closing without
/// clinical content; an assistant never an evaluative note; and a student only on their own notes, which a therapist
/// co-signs.
/// </summary>
public static class ClinicalAuthorship
{
    /// <summary>Why the user may not write, sign or survey a note of this type, or null when they may.</summary>
    public static Problem? Refusal(UserType user, NoteType type) =>
        user.IsClerical() && type != NoteType.AdministrativeDischarge
            ? new("note", $"{Capitalized(type.WithArticle())} is clinical documentation, which {user.WithArticle()} " +
                          "never writes; front office staff write Administrative Discharges only.",
                ProblemKind.NotPermitted)
            : AssistantRefusal(user, type);

    // Pub. 100-02 Ch. 15 §230.1: assistants do not evaluate, re-evaluate or write the plan of care; §220.3: an
    // assistant's report is not a progress report; the discharge summary is the therapist's too.
    private static Problem? AssistantRefusal(UserType user, NoteType type) =>
        user.IsAssistant() && type.IsEvaluative()
            ? new("note", $"{Capitalized(type.WithArticle())} is an evaluative note, which {user.WithArticle()} " +
                          "never writes (Medicare Pub. 100-02 Ch. 15 §230.1, §220.3); the supervising therapist " +
                          "writes it.",
                ProblemKind.NotPermitted)
            : null;

    /// <summary>Why the user may not addend the note, or null when they may.</summary>
    public static Problem? AddendumRefusal(NoteUser user, NoteSummary note) =>
        Refusal(user.Type, note.Type)
        ?? (user.Type.IsStudent() && note.AuthorId != user.Id
            ? new("note", "A student addends only their own notes; ask the note's author or a therapist to add it.",
                ProblemKind.NotPermitted)
            : null);

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
