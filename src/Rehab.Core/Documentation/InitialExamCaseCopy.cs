using System.Text.RegularExpressions;
using Rehab.Core.Cases;
using Rehab.Core.Common;
using Rehab.Core.Settings;

namespace Rehab.Core.Documentation;

/// <summary>An evaluative note the patient has on record, with its case's title and treating diagnoses.</summary>
public sealed record CaseCopySource(NoteSummary Note, NoteContent Content, string CaseTitle, IReadOnlyList<Icd10Code> CaseDiagnoses);

/// <summary>Something the clinician must enter again in the copied draft, by field.</summary>
public sealed record CopyFlag(string Field, string Message);

/// <summary>
/// What a new case's Initial Evaluation draft starts with: the source note's SOAP sections, problems, goals and plan
/// of care, with diagnosis codes taken out. Charges, treatment minutes and the outcome survey are not copied: the
/// new visit bills its own and the new case takes its own intake survey.
/// </summary>
/// <param name="SourceDescription">What the draft says it was copied from.</param>
/// <param name="DiagnosesToReenter">The source case's diagnoses, shown so the clinician can choose the new case's; never applied.</param>
public sealed record CaseCopy(
    NoteSummary Source, string SourceDescription, NoteContent Draft, IReadOnlyList<Icd10Code> DiagnosesToReenter, IReadOnlyList<CopyFlag> Flags);

/// <summary>
/// The company setting Initial Exam Case Copy (domain.md §4): an Initial Evaluation in a new case may start from the
/// patient's most recently finalized evaluative note, from any case. Diagnosis codes are stripped and flagged for
/// re-entry. Notes keep diagnoses on their case, not in their content, so what is stripped from the copied text is
/// any mention of the source case's diagnoses (with or without the dot) and any other dotted ICD-10-CM code;
/// undotted three-character tokens such as T12 (a vertebra) are left alone unless they are one of the case's codes.
/// </summary>
public static partial class InitialExamCaseCopy
{
    public const string Removed = "[diagnosis code removed]";

    /// <summary>The copy to offer, or why there is none: the setting is off, or no evaluative note is finalized.</summary>
    public static Decision<CaseCopy> Offer(CompanySettings company, IEnumerable<CaseCopySource> patientNotes)
    {
        if (!company.InitialExamCaseCopy)
            return Decision.Refuse<CaseCopy>([new("copyFrom",
                "Initial Exam Case Copy is off in Company Settings, so a new case's evaluation starts empty.", ProblemKind.Conflict)]);
        var source = patientNotes
            .Where(n => n.Note.IsFinalized && n.Note.Type.IsEvaluative())
            .OrderBy(n => n.Note.FinalizedAt).ThenBy(n => n.Note.DateOfService)
            .LastOrDefault();
        if (source is null)
            return Decision.Refuse<CaseCopy>([new("copyFrom",
                "The patient has no finalized Initial Evaluation, Progress Note or Discharge Summary to copy.", ProblemKind.Conflict)]);

        var flags = new List<CopyFlag>
        {
            new("treatingDiagnosisCodes", source.CaseDiagnoses.Count == 0
                ? "Diagnosis codes are not copied: enter the new case's diagnoses."
                : $"Diagnosis codes are not copied: enter the new case's diagnoses (the case '{source.CaseTitle}' had {string.Join(", ", source.CaseDiagnoses)})."),
        };
        string? Strip(string field, string? text)
        {
            if (text is null)
                return null;
            var removed = new List<string>();
            var stripped = CodeLike().Replace(text, m =>
            {
                if (!Icd10Code.TryParse(m.Value, out var code) || !(source.CaseDiagnoses.Contains(code) || IsDottedUpperCase(m.Value)))
                    return m.Value;
                removed.Add(code.Value);
                return Removed;
            });
            if (removed.Count > 0)
                flags.Add(new(field, $"{string.Join(", ", removed.Distinct())} removed from the copied text; re-enter the diagnosis on the case."));
            return stripped;
        }

        var soap = source.Content.Soap;
        var evaluation = source.Content.Evaluation;
        var draft = new NoteContent
        {
            Soap = new SoapSections(
                Strip("soap.subjective", soap.Subjective), Strip("soap.objective", soap.Objective),
                Strip("soap.assessment", soap.Assessment), Strip("soap.plan", soap.Plan)),
            Evaluation = evaluation is null ? null : new EvaluationDetails(
                [.. evaluation.Problems.Select((p, i) => Strip($"evaluation.problems[{i}]", p)!)],
                [.. evaluation.Goals.Select((g, i) => g with { Text = Strip($"evaluation.goals[{i}].text", g.Text) })],
                evaluation.PlanOfCare),
        };
        var description = $"Copied from the {source.Note.Name} of the case '{source.CaseTitle}', finalized {source.Note.FinalizedAtText}.";
        return Decision.Allow(new CaseCopy(source.Note, description, draft, source.CaseDiagnoses, flags));
    }

    private static bool IsDottedUpperCase(string text) => text.Contains('.', StringComparison.Ordinal) && !text.Any(char.IsAsciiLetterLower);

    // A letter, a digit, a letter or digit, then optionally an optional dot and 1 to 4 letters or digits: the form of Icd10Code.
    [GeneratedRegex(@"\b[A-Za-z][0-9][A-Za-z0-9](?:\.?[A-Za-z0-9]{1,4})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLike();
}
