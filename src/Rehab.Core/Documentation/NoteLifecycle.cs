using Rehab.Core.Cases;
using Rehab.Core.Common;
using Rehab.Core.Settings;
using Rehab.Core.Users;

namespace Rehab.Core.Documentation;

/// <summary>
/// Who may start, change, finalize, forward and co-sign notes, and add addenda: Draft → (Forwarded) → Finalized,
/// then addenda. Each decision lists every problem; the content checks of finalization are
/// <see cref="FinalizationCheck"/>'s, and apply to co-signing and forwarding as well.
/// </summary>
public static class NoteLifecycle
{
    /// <summary>
    /// Starting a note of a type on a case: the user needs Start Notes (front office staff with Edit Patients may
    /// write an Administrative Discharge); the case must be active; a case starts with its Initial Evaluation and
    /// has one, and one discharge, after which no note follows.
    /// </summary>
    public static Decision MayStart(NoteType type, NoteUser user, CaseStatus caseStatus, IReadOnlyList<NoteSummary> caseNotes)
    {
        var problems = new List<Problem>();
        var frontOfficeDischarge = type == NoteType.AdministrativeDischarge && user.Type.IsClerical() && user.Holds(Permission.EditPatients);
        if (ClinicalAuthorship.Refusal(user.Type, type) is { } notClinician)
            problems.Add(notClinician with { Field = "type" });
        else if (!user.Holds(Permission.StartNotes) && !frontOfficeDischarge)
            problems.Add(new("type", type == NoteType.AdministrativeDischarge
                ? "Starting an Administrative Discharge needs Start Notes, or Edit Patients for front office staff."
                : $"Starting {type.WithArticle()} needs the Start Notes permission.", ProblemKind.NotPermitted));
        if (caseStatus == CaseStatus.Discharged)
            problems.Add(new("caseId", "The case is discharged and takes no new notes; open a new case for a returning patient.", ProblemKind.Conflict));
        problems.AddRange(CaseNoteRules.OnePerCase(type, null, caseNotes));
        if (!type.IsDischarge() && caseNotes.FirstOrDefault(n => n.Type.IsDischarge()) is { } discharge)
            problems.Add(new("type", $"The case has its discharge ({discharge.Name}); no note follows it.", ProblemKind.Conflict));
        if (type is not (NoteType.InitialEvaluation or NoteType.AdministrativeDischarge) && caseNotes.All(n => n.Type != NoteType.InitialEvaluation))
            problems.Add(new("type", $"Every case starts with an Initial Evaluation; write it before {type.WithArticle()}.", ProblemKind.Conflict));
        return new Decision(problems);
    }

    /// <summary>
    /// Changing a note's content or charges: never once it is finalized (corrections are addenda). Who may change a
    /// draft (its author, or the co-signer of a forwarded note) is the caller's resource check.
    /// </summary>
    public static Decision MayChange(NoteSummary note) =>
        note.IsFinalized ? new Decision([Finalized(note, "changed")]) : Decision.Allowed;

    /// <summary>Changing a draft's content or surveys as this user, who must be its clinician.</summary>
    public static Decision MayChange(NoteSummary note, NoteUser user) =>
        note.IsFinalized ? new Decision([Finalized(note, "changed")])
        : ClinicalAuthorship.Refusal(user.Type, note.Type) is { } refusal ? new Decision([refusal])
        : Decision.Allowed;

    /// <summary>
    /// Finalizing (signing) a draft by its author. A therapist needs Finalize Notes. An assistant finalizes only when
    /// the effective rules allow it (clinic, primary payer and permission), naming a supervising therapist of their
    /// discipline, by default the case's therapist; the clinic's supervision wording is stamped on the note. Anyone
    /// else forwards the note for co-signature instead. An Administrative Discharge bills nothing, so its author
    /// finalizes it with Finalize Notes, or as front office staff with Edit Patients, without the payer's gate.
    /// </summary>
    /// <param name="rules">The effective rules resolved for this user (<see cref="NoteUser.ToActingUser"/>).</param>
    /// <param name="supervisingTherapist">The therapist an assistant names; ignored for other users.</param>
    public static Decision<Finalization> Finalize(NoteSummary note, NoteUser user, EffectiveRules rules, NoteUser? supervisingTherapist,
        ClinicSettings clinic, IReadOnlyList<NoteSummary> caseNotes, DateTimeOffset now)
    {
        if (StateProblem(note, NoteStatus.Draft, "finalized again") is { } state)
            return Decision.Refuse<Finalization>([state]);
        var problems = new List<Problem>();
        if (user.Id != note.AuthorId)
            problems.Add(new("note", "Only the note's author signs it. To sign someone else's note, have them forward it to you for co-signature.",
                ProblemKind.NotPermitted));
        if (ClinicalAuthorship.Refusal(user.Type, note.Type) is { } notClinician)
            problems.Add(notClinician);

        var supervised = false;
        if (note.Type == NoteType.AdministrativeDischarge)
        {
            var may = (user.Holds(Permission.FinalizeNotes) && !user.Type.IsStudent()) || (user.Type.IsClerical() && user.Holds(Permission.EditPatients));
            if (!may)
                problems.Add(new("note", "Finalizing an Administrative Discharge needs Finalize Notes, or Edit Patients for front office staff.",
                    ProblemKind.NotPermitted));
        }
        else if (!user.Holds(Permission.FinalizeNotes))
            problems.Add(new("note", "Finalizing needs the Finalize Notes permission; forward the note for co-signature instead.", ProblemKind.NotPermitted));
        else if (!rules.MayFinalize.Value)
            problems.Add(new("note", $"{rules.MayFinalize.Reason} Forward the note for co-signature instead.", ProblemKind.NotPermitted));
        else if (user.Type.IsAssistant())
        {
            supervised = true;
            problems.AddRange(SupervisorProblems(user, supervisingTherapist));
        }

        problems.AddRange(CaseNoteRules.OnePerCase(note.Type, note.Id, caseNotes));
        problems.AddRange(CaseNoteRules.OthersFinalizedBeforeDischarge(note, caseNotes));
        return problems.Count > 0
            ? Decision.Refuse<Finalization>(problems)
            : Decision.Allow<Finalization>(supervised
                ? new(note.AuthorId, user.Id, now, FinalizationKind.SignedUnderSupervision, supervisingTherapist!.Id, clinic.SupervisionWording)
                : new(note.AuthorId, user.Id, now, FinalizationKind.Signed));
    }

    /// <summary>
    /// Forwarding a draft for co-signature, by its author with Forward Notes, to a PT, OT or SLP of the author's
    /// discipline who holds Finalize Notes. A forwarded note may be forwarded again to another therapist (say, when the
    /// first is away); a finalized one never. When an assistant forwards, the clinic's supervision wording is stamped.
    /// </summary>
    public static Decision<Forwarding> Forward(NoteSummary note, NoteUser user, NoteUser coSigner, ClinicSettings clinic, DateTimeOffset now)
    {
        if (note.IsFinalized)
            return Decision.Refuse<Forwarding>([Finalized(note, "forwarded")]);
        var problems = new List<Problem>();
        if (note.Status == NoteStatus.Forwarded && note.ForwardedToId == coSigner.Id)
            problems.Add(new("coSignerId", "The note is already waiting for this therapist's co-signature.", ProblemKind.Conflict));
        if (user.Id != note.AuthorId)
            problems.Add(new("note", "Only the note's author forwards it for co-signature.", ProblemKind.NotPermitted));
        if (!user.Holds(Permission.ForwardNotes))
            problems.Add(new("note", "Forwarding a note for co-signature needs the Forward Notes permission.", ProblemKind.NotPermitted));
        if (ClinicalAuthorship.Refusal(user.Type, note.Type) is { } notClinician)
            problems.Add(notClinician);

        if (coSigner.Id == user.Id)
            problems.Add(new("coSignerId", "A note is forwarded to someone else for co-signature, not to its author."));
        else if (!coSigner.Type.IsTherapist())
            problems.Add(new("coSignerId", $"Notes are co-signed by a PT, OT or SLP; the chosen user is {coSigner.Type.WithArticle()}."));
        else if (user.Type.Discipline() is { } discipline && coSigner.Type.Discipline() != discipline)
            problems.Add(new("coSignerId", $"Notes by {user.Type.WithArticle()} are co-signed by {Therapist(user.Type).WithArticle()}; the chosen user is {coSigner.Type.WithArticle()}."));
        else if (!coSigner.Holds(Permission.FinalizeNotes))
            problems.Add(new("coSignerId", "The chosen therapist does not hold Finalize Notes, so cannot co-sign."));

        return problems.Count > 0
            ? Decision.Refuse<Forwarding>(problems)
            : Decision.Allow<Forwarding>(new(coSigner.Id, now, user.Type.IsAssistant() ? clinic.SupervisionWording : null));
    }

    /// <summary>
    /// Co-signing a forwarded note finalizes it with both signatures. Only the therapist it was forwarded to
    /// co-signs, from their incomplete co-sign documents: the author chose them as supervisor, and a therapist who
    /// opens the note another way would sign it alone. They need Finalize Notes.
    /// </summary>
    public static Decision<Finalization> CoSign(NoteSummary note, NoteUser user, IReadOnlyList<NoteSummary> caseNotes, DateTimeOffset now)
    {
        if (StateProblem(note, NoteStatus.Forwarded, "co-signed") is { } state)
            return Decision.Refuse<Finalization>([state]);
        var problems = new List<Problem>();
        if (note.ForwardedToId != user.Id)
            problems.Add(new("note", "The note was forwarded to another therapist, and only they co-sign it. Its author may forward it to you instead.",
                ProblemKind.NotPermitted));
        else if (!user.Holds(Permission.FinalizeNotes))
            problems.Add(new("note", "Co-signing needs the Finalize Notes permission.", ProblemKind.NotPermitted));
        if (ClinicalAuthorship.Refusal(user.Type, note.Type) is { } notClinician)
            problems.Add(notClinician);
        problems.AddRange(CaseNoteRules.OnePerCase(note.Type, note.Id, caseNotes));
        problems.AddRange(CaseNoteRules.OthersFinalizedBeforeDischarge(note, caseNotes));
        return problems.Count > 0
            ? Decision.Refuse<Finalization>(problems)
            : Decision.Allow<Finalization>(new(note.AuthorId, user.Id, now, FinalizationKind.CoSigned));
    }

    /// <summary>
    /// Whether the user may addend the note: a finalized one, with Start Notes, as its clinician
    /// (<see cref="ClinicalAuthorship.AddendumRefusal"/>).
    /// </summary>
    public static Decision MayAddAddendum(NoteSummary note, NoteUser user)
    {
        var problems = new List<Problem>();
        if (!note.IsFinalized)
            problems.Add(new("note", $"Addenda are added to finalized notes; the {note.Name} is not finalized yet, so change the note itself.",
                ProblemKind.Conflict));
        if (ClinicalAuthorship.AddendumRefusal(user, note) is { } refusal)
            problems.Add(refusal);
        else if (!user.Holds(Permission.StartNotes))
            problems.Add(new("note", "Writing an addendum needs the Start Notes permission.", ProblemKind.NotPermitted));
        return new Decision(problems);
    }

    /// <summary>An addendum, signed and dated, on a finalized note, by one who <see cref="MayAddAddendum"/>.</summary>
    public static Decision<Addendum> AddAddendum(NoteSummary note, NoteUser user, string? text, DateTimeOffset now)
    {
        var problems = MayAddAddendum(note, user).Problems.ToList();
        var errors = new ValidationErrors();
        errors.Required("text", text, "The addendum's text", Addendum.TextMaxLength);
        problems.AddRange(errors.ToProblems());
        return problems.Count > 0 ? Decision.Refuse<Addendum>(problems) : Decision.Allow<Addendum>(new(note.Id, user.Id, text!.Trim(), now));
    }

    private static IEnumerable<Problem> SupervisorProblems(NoteUser assistant, NoteUser? supervisor)
    {
        var therapist = Therapist(assistant.Type);
        if (supervisor is null)
            yield return new("supervisingTherapistId", $"Choose the supervising {therapist}; the case's therapist is the usual choice.");
        else if (supervisor.Type != therapist)
            yield return new("supervisingTherapistId",
                $"The supervising therapist of {assistant.Type.WithArticle()} is {therapist.WithArticle()}; the chosen user is {supervisor.Type.WithArticle()}.");
    }

    private static Problem? StateProblem(NoteSummary note, NoteStatus expected, string action) => note.Status switch
    {
        _ when note.Status == expected => null,
        NoteStatus.Finalized => Finalized(note, action),
        NoteStatus.Forwarded => new("note", $"The {note.Name} is waiting for co-signature by the therapist it was forwarded to; it is finalized by co-signing.",
            ProblemKind.Conflict),
        _ => new("note", $"The {note.Name} is a draft that was not forwarded for co-signature; its author finalizes it or forwards it.",
            ProblemKind.Conflict),
    };

    private static Problem Finalized(NoteSummary note, string action) =>
        new("note", $"The {note.Name} was finalized at {note.FinalizedAtText} and cannot be {action}; corrections are addenda.", ProblemKind.Conflict);

    private static UserType Therapist(UserType type) => type.Discipline() switch
    {
        Billing.Discipline.PT => UserType.PT,
        Billing.Discipline.OT => UserType.OT,
        _ => UserType.SLP,
    };
}
