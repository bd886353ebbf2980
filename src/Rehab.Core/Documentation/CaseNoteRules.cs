using Rehab.Core.Common;

namespace Rehab.Core.Documentation;

/// <summary>What a case allows of its notes: one Initial Evaluation, one discharge, and a discharge only once everything else is finalized.</summary>
internal static class CaseNoteRules
{
    /// <summary>Problems with another note of the same once-per-case kind on the case (Initial Evaluation, or either discharge).</summary>
    public static IEnumerable<Problem> OnePerCase(NoteType type, Guid? noteId, IReadOnlyList<NoteSummary> caseNotes)
    {
        var others = caseNotes.Where(n => n.Id != noteId).ToList();
        if (type == NoteType.InitialEvaluation && others.FirstOrDefault(n => n.Type == NoteType.InitialEvaluation) is { } evaluation)
            yield return new Problem("type",
                $"The case already has its Initial Evaluation ({evaluation.Name}); a case has one. Open a new case for a new episode of care.",
                ProblemKind.Conflict);
        if (type.IsDischarge() && others.FirstOrDefault(n => n.Type.IsDischarge()) is { } discharge)
            yield return new Problem("type",
                $"The case already has its discharge ({discharge.Name}); a case has one.", ProblemKind.Conflict);
    }

    /// <summary>A discharge closes the case, so every other note on it must be finalized first.</summary>
    public static IEnumerable<Problem> OthersFinalizedBeforeDischarge(NoteSummary note, IReadOnlyList<NoteSummary> caseNotes)
    {
        if (!note.Type.IsDischarge())
            yield break;
        var open = caseNotes.Where(n => n.Id != note.Id && !n.IsFinalized).OrderBy(n => n.DateOfService).ToList();
        if (open.Count > 0)
            yield return new Problem("caseNotes",
                "Every other note on the case must be finalized before the discharge; still open: " +
                string.Join(", ", open.Select(n => $"{n.Name} ({(n.Status == NoteStatus.Forwarded ? "waiting for co-signature" : "draft")})")) + ".",
                ProblemKind.Conflict);
    }
}
