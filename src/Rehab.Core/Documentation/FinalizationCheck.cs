using Rehab.Core.Cases;
using Rehab.Core.Common;
using Rehab.Core.Outcomes;
using Rehab.Core.Settings;

namespace Rehab.Core.Documentation;

/// <summary>What the note's case contributes to its finalization check.</summary>
/// <param name="TreatingDiagnoses">The case's treating diagnoses, in order.</param>
/// <param name="PlaceOfService">The case's place of service (its own, or the clinic's default).</param>
public sealed record CaseFacts(IReadOnlyList<Icd10Code> TreatingDiagnoses, string PlaceOfService)
{
    /// <summary>The patient's date of birth: no visit is before it.</summary>
    public DateOnly? PatientDateOfBirth { get; init; }

    /// <summary>The case's start for this note (<see cref="DateOfServiceRule.CaseStart"/>).</summary>
    public DateOnly? Start { get; init; }
}

/// <summary>
/// Every problem that stops a note's content from being finalized, listed at once, each with its field: the form of
/// the note, the payer's minute requirement, total treatment time against the timed minutes billed, lines the billing
/// engine refuses (such as an NCCI pair that allows no modifier), the outcome survey, the case's diagnosis, and an
/// evaluation's problems, goals and plan of care. Who may finalize is <see cref="NoteLifecycle"/>'s decision.
/// </summary>
public static class FinalizationCheck
{
    /// <param name="survey">The score of the outcome survey stored on the note (the first incomplete one, when there are
    /// several), null when none is attached: it alone decides whether the note has a completed survey, and a refusal names
    /// its missing items.</param>
    public static Decision Check(NoteSummary note, NoteContent content, NoteBillingContext billing, CaseFacts @case, DateOnly today,
        SurveyScore? survey = null)
    {
        var problems = content.Validate().ToProblems().ToList();
        var rules = billing.Rules;
        if (note.Label is not null && note.Type != NoteType.ProgressNote)
            problems.Add(new("label", "Only a Progress Note is labelled Re-evaluation or Recertification."));
        if (note.DateOfService > today)
            problems.Add(new("dateOfService", $"The note's date of service, {note.DateOfService:yyyy-MM-dd}, has not come yet; notes are finalized on or after the visit."));
        else if (@case.PatientDateOfBirth is { } born
                 && DateOfServiceRule.TooEarly(note.DateOfService, born, @case.Start) is { } early)
            problems.Add(early);
        if (!note.Type.IsBillable() && content.Charges.Count > 0)
            problems.Add(new("charges", "An Administrative Discharge bills nothing; remove its charges."));

        for (var i = 0; i < content.Charges.Count; i++)
        {
            var charge = content.Charges[i];
            if (charge.DateOfService != note.DateOfService)
                problems.Add(new($"charges[{i}].dateOfService",
                    $"The charge's date of service, {charge.DateOfService:yyyy-MM-dd}, must be the note's, {note.DateOfService:yyyy-MM-dd}."));
            if (Text.TrimToNull(charge.PlaceOfService) is { } pos && pos != @case.PlaceOfService && !rules.MayChangePlaceOfService.Value)
                problems.Add(new($"charges[{i}].placeOfService",
                    $"The place of service must be the case's, {@case.PlaceOfService}: {ClinicSettingLabels.Because(ClinicSettingLabels.AllowPlaceOfServiceChange, false)}."));
            if (rules.MinutesRequired.Value && charge.Minutes is null or 0)
                problems.Add(new($"charges[{i}].minutes", $"Record the minutes of {Code(charge)}. {rules.MinutesRequired.Reason}"));
        }

        var billed = NoteBilling.Compute(content.Charges, billing);
        problems.AddRange(billed.Problems.Except(problems)); // the form of each line is already among the content's problems
        foreach (var line in billed.Lines)
            problems.AddRange(line.Refusals.Select(refusal => new Problem($"charges[{line.Index}].code", refusal)));
        problems.AddRange(billed.Days.SelectMany(d => d.KxUndecided)
            .Select(k => new Problem("kxAttestation", k.Message)));
        if (billed.TimedMinutes > 0)
        {
            if (content.TotalTreatmentMinutes is not { } total)
                // Pub. 100-02 Ch. 15 §220.3: the treatment note records total timed code treatment minutes and total treatment time.
                problems.Add(new("totalTreatmentMinutes", $"Record the total treatment minutes; the note bills {billed.TimedMinutes} timed minutes."));
            else if (total < billed.TimedMinutes)
                problems.Add(new("totalTreatmentMinutes",
                    $"Total treatment minutes ({total}) are fewer than the {billed.TimedMinutes} timed minutes billed; correct the total or the lines' minutes."));
        }

        if (note.Type.IsEvaluative() && rules.OutcomeSurveyRequired.Value && survey is not { IsComplete: true })
            problems.Add(new("outcomeSurvey", (survey is null ? "Attach a completed outcome survey. "
                : survey.MissingItemNames.Count > 0
                    ? $"The {survey.InstrumentCode} survey attached to this note is not complete: {string.Join(", ", survey.MissingItemNames)} not answered. "
                    : $"The {survey.InstrumentCode} survey attached to this note is not complete. ") + rules.OutcomeSurveyRequired.Reason));
        if (note.Type.IsBillable() && @case.TreatingDiagnoses.Count == 0)
            problems.Add(new("diagnoses", "The case has no treating diagnosis; add at least one ICD-10-CM code to the case before finalizing a billable note."));
        problems.AddRange(EvaluationProblems(note, content.Evaluation));
        return new Decision(problems);
    }

    private static IEnumerable<Problem> EvaluationProblems(NoteSummary note, EvaluationDetails? evaluation)
    {
        if (note.Type == NoteType.InitialEvaluation)
        {
            if (evaluation is not { Problems.Count: > 0 })
                yield return new("evaluation.problems", "An Initial Evaluation lists the problems found.");
            if (evaluation is not { Goals.Count: > 0 })
                yield return new("evaluation.goals", "An Initial Evaluation sets at least one goal.");
        }
        // Pub. 100-02 Ch. 15 §220.1.2: the plan of care states frequency and duration, set at the evaluation and at each recertification.
        if ((note.Type == NoteType.InitialEvaluation || note.Label == ProgressNoteLabel.Recertification) && evaluation?.PlanOfCare is null)
            yield return new("evaluation.planOfCare",
                $"Enter the plan of care, visits a week and weeks: {note.Type.WithArticle(note.Label)} sets it.");
    }

    private static string Code(ChargeLineDraft charge) => string.IsNullOrWhiteSpace(charge.Code) ? "this line" : charge.Code.Trim().ToUpperInvariant();
}
