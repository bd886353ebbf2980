using Rehab.Core.Common;
using Rehab.Core.Documentation;

namespace Rehab.Web.Documentation;

/// <summary>
/// A note to start on a case. type: InitialEvaluation, DailyNote, ProgressNote, DischargeSummary or
/// AdministrativeDischarge.
/// </summary>
/// <param name="Label">For a progress note: ProgressNote (the default), Reevaluation or Recertification.</param>
/// <param name="DateOfService">The visit's date at the clinic; today there when not given.</param>
/// <param name="CopyFromLatest">
/// For an Initial Evaluation, when the company's Initial Exam Case Copy is on: start the draft from the patient's most
/// recently finalized evaluative note (any case), diagnosis codes stripped and flagged, the source named in Subjective.
/// </param>
public sealed record NewNoteRequest(string? Type, string? Label, DateOnly? DateOfService, bool CopyFromLatest = false);

/// <summary>Enum values as requests name them: by name, in any case; numbers are not names.</summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var name = text?.Trim();
        return !string.IsNullOrEmpty(name) && !char.IsAsciiDigit(name[0]) && name[0] != '-'
               && Enum.TryParse(name, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}

public sealed record SoapBody(string? Subjective, string? Objective, string? Assessment, string? Plan);

/// <param name="Term">ShortTerm or LongTerm (the default).</param>
public sealed record GoalBody(string? Text, string? Term);

public sealed record PlanOfCareBody(int FrequencyPerWeek, int DurationWeeks);

public sealed record EvaluationBody(IReadOnlyList<string?>? Problems, IReadOnlyList<GoalBody>? Goals, PlanOfCareBody? PlanOfCare)
{
    public static EvaluationBody From(EvaluationDetails e) => new(e.Problems, e.Goals.Select(g => new GoalBody(g.Text, g.Term.ToString())).ToList(),
        e.PlanOfCare is { } plan ? new PlanOfCareBody(plan.FrequencyPerWeek, plan.DurationWeeks) : null);
}

/// <summary>One charge line as the clinician enters it.</summary>
/// <param name="AssistantMinutes">Of the minutes, those an assistant furnished; when left out, all of them on an assistant's note and none otherwise.</param>
/// <param name="DateOfService">The note's date of service when left out.</param>
/// <param name="ChosenModifiers">59, XE, XS, XP or XU for an NCCI edit pair.</param>
public sealed record ChargeBody(string? Code, int? Minutes, int? AssistantMinutes = null, DateOnly? DateOfService = null, string? PlaceOfService = null,
    IReadOnlyList<string>? ChosenModifiers = null, bool SeparateBlockOrRegion = false)
{
    public ChargeLineDraft ToDraft(DateOnly noteDateOfService) => new(Code, Minutes, DateOfService ?? noteDateOfService)
    {
        AssistantMinutes = AssistantMinutes, PlaceOfService = PlaceOfService,
        ChosenModifiers = ChosenModifiers?.Where(m => !string.IsNullOrWhiteSpace(m)).ToList() ?? [], SeparateBlockOrRegion = SeparateBlockOrRegion,
    };
}

/// <summary>
/// A draft's content as saved: the whole of it, replacing what is stored. version is the one read with the note; a save
/// from an older version is refused with what changed since. Outcome surveys are not part of it: they are attached and
/// answered through the survey endpoints, and whether the note has one follows from them.
/// </summary>
/// <param name="TieChoice">The split of an 8-minute-rule tie the clinician chose, as units per code; null for the rule's own split.</param>
public sealed record NoteUpdate(
    string? Version, SoapBody? Soap, EvaluationBody? Evaluation, IReadOnlyList<ChargeBody>? Charges, int? TotalTreatmentMinutes,
    IReadOnlyDictionary<string, int>? TieChoice)
{
    public const int MaxCharges = 50;

    /// <summary>The content for a note of this type and date, with the problems of the request's form.</summary>
    public (NoteContent Content, IReadOnlyDictionary<string, int>? TieChoice) ToContent(NoteType type, DateOnly dateOfService, ValidationErrors errors)
    {
        if (Charges is { Count: > MaxCharges })
            errors.Add("charges", $"A note has at most {MaxCharges} charge lines.");
        if (Evaluation is not null && !type.IsEvaluative())
            errors.Add("evaluation", $"{Capitalized(type.WithArticle())} has no evaluation: problems, goals and a plan of care belong to evaluative notes.");
        var goals = new List<Goal>();
        for (var i = 0; i < (Evaluation?.Goals?.Count ?? 0); i++)
        {
            var goal = Evaluation!.Goals![i];
            var term = GoalTerm.LongTerm;
            if (goal.Term is not null && !EnumNames.TryParse(goal.Term, out term))
                errors.Add($"evaluation.goals[{i}].term", "A goal's term is ShortTerm or LongTerm.");
            goals.Add(new Goal(goal.Text, term));
        }
        var content = new NoteContent
        {
            Soap = new SoapSections(Soap?.Subjective, Soap?.Objective, Soap?.Assessment, Soap?.Plan),
            Evaluation = Evaluation is null ? null : new EvaluationDetails([.. (Evaluation.Problems ?? []).Select(p => p ?? "")], goals,
                Evaluation.PlanOfCare is { } plan ? new PlanOfCare(plan.FrequencyPerWeek, plan.DurationWeeks) : null),
            Charges = [.. (Charges ?? []).Take(MaxCharges).Select(c => c.ToDraft(dateOfService))],
            TotalTreatmentMinutes = TotalTreatmentMinutes,
        };
        foreach (var (field, messages) in content.Validate().ToDictionary())
            foreach (var message in messages)
                errors.Add(field, message);
        return (content, TieChoices.Normalize(TieChoice, errors));
    }

    private static string Capitalized(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

/// <summary>Charge lines not saved yet, to see what they would bill.</summary>
public sealed record BillingPreviewRequest(IReadOnlyList<ChargeBody>? Charges, IReadOnlyDictionary<string, int>? TieChoice);

/// <param name="SupervisingTherapistId">For an assistant: the supervising therapist; the case's therapist when left out.</param>
/// <param name="DelayedCertificationReason">Why the plan's certification is late (Medicare, after it ended).</param>
/// <param name="KxAttestation">Whether KX applies and why, where the engine cannot decide it.</param>
public sealed record FinalizeRequest(Guid? SupervisingTherapistId, string? DelayedCertificationReason = null,
    KxAttestationRequest? KxAttestation = null);

/// <summary>The finalizing clinician's word on KX: it applies (true) or not (false), and why.</summary>
public sealed record KxAttestationRequest(bool? Applies, string? Reason);

/// <param name="DirectedInRoom">A student's note on Medicare: the co-signer directed the service in the room.</param>
/// <param name="DelayedCertificationReason">As for <see cref="FinalizeRequest"/>.</param>
/// <param name="KxAttestation">
/// As for <see cref="FinalizeRequest"/>: the co-signer finalizes, so KX is theirs to attest.
/// </param>
public sealed record CoSignRequest(bool DirectedInRoom = false, string? DelayedCertificationReason = null,
    KxAttestationRequest? KxAttestation = null);

public sealed record ForwardRequest(Guid? CoSignerId);

public sealed record AddendumRequest(string? Text);
