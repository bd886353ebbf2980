namespace Rehab.Core.Documentation;

/// <summary>The kinds of note in the medical record.</summary>
public enum NoteType
{
    /// <summary>The first note of every case: history, tests and measures, problems, goals and the plan of care.</summary>
    InitialEvaluation,
    /// <summary>A routine treatment visit.</summary>
    DailyNote,
    /// <summary>A periodic re-assessment (Medicare: at least every 10th treatment day), labelled as the clinician chooses.</summary>
    ProgressNote,
    /// <summary>The discharge of a case at a visit with the patient present; billable.</summary>
    DischargeSummary,
    /// <summary>The discharge of a case without a visit; not billable, and front office staff may write it.</summary>
    AdministrativeDischarge,
}

/// <summary>What a progress note is called on the record: a progress note, a re-evaluation, or a recertification of the plan of care.</summary>
public enum ProgressNoteLabel
{
    ProgressNote,
    Reevaluation,
    Recertification,
}

public static class NoteTypes
{
    /// <summary>Initial Evaluation, Progress Note (with Re-evaluation and Recertification) and Discharge Summary.</summary>
    public static bool IsEvaluative(this NoteType type) =>
        type is NoteType.InitialEvaluation or NoteType.ProgressNote or NoteType.DischargeSummary;

    /// <summary>Every type but the Administrative Discharge, which records no visit.</summary>
    public static bool IsBillable(this NoteType type) => type != NoteType.AdministrativeDischarge;

    /// <summary>A case has one discharge: a Discharge Summary or an Administrative Discharge.</summary>
    public static bool IsDischarge(this NoteType type) => type is NoteType.DischargeSummary or NoteType.AdministrativeDischarge;

    /// <summary>The note's name with its article, as a sentence uses it: "an Initial Evaluation", "a Daily Note".</summary>
    public static string WithArticle(this NoteType type, ProgressNoteLabel? label = null)
    {
        var name = type.DisplayName(label);
        return ("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;
    }

    /// <summary>The note's name on the record; a progress note goes by its label.</summary>
    public static string DisplayName(this NoteType type, ProgressNoteLabel? label = null) => type switch
    {
        NoteType.InitialEvaluation => "Initial Evaluation",
        NoteType.DailyNote => "Daily Note",
        NoteType.ProgressNote => label switch
        {
            ProgressNoteLabel.Reevaluation => "Re-evaluation",
            ProgressNoteLabel.Recertification => "Recertification",
            _ => "Progress Note",
        },
        NoteType.DischargeSummary => "Discharge Summary",
        _ => "Administrative Discharge",
    };
}
