using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Cases;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Documentation;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Documentation;

/// <summary>
/// Finalizing a note: its author signs it (an assistant naming a supervising therapist, the case's by default), or
/// the therapist it was forwarded to co-signs it. Who may is <see cref="NoteLifecycle"/>'s decision, what must be
/// right first is <see cref="FinalizationCheck"/>'s; every problem is answered at once. The units, modifiers and
/// explanations billed are recorded on the charge lines, the unit rule and its reason on the note, and a discharge
/// discharges the case.
/// </summary>
public static class SignNote
{
    public static async Task<NoteResult<NoteResponse>> FinalizeAsync(Guid id, FinalizeRequest? request, RehabDbContext db, ITenantContext tenant,
        NoteFactsLoader notes, CancellationToken ct)
    {
        var me = await NoteUsers.MeAsync(db, tenant, ct);
        // Edit Patients lets front office staff sign their Administrative Discharges, nobody else anything
        if (!me.Holds(Permission.FinalizeNotes) && !(me.Type.IsClerical() && me.Holds(Permission.EditPatients)))
            return NoteResult.Forbidden<NoteResponse>("note", "Finalizing needs the Finalize Notes permission; forward the note for co-signature instead.");
        var note = await notes.FindAsync(id, ct);
        if (note is null)
            return NoteResult.NotFound<NoteResponse>("Note");
        var facts = await notes.LoadAsync(note, ct);
        if (request?.KxAttestation is { } kx
            && KxAttestations.Record(note, kx, me.Id, facts.Now) is { Count: > 0 } invalid)
            return NoteResult.Invalid<NoteResponse>(invalid);
        NoteUser? supervisor = null;
        var problems = new List<Problem>();
        if (me.Type.IsAssistant())
        {
            var supervisorId = request?.SupervisingTherapistId ?? facts.Case.AssignedTherapistId;
            supervisor = await NoteUsers.FindAsync(db, tenant, supervisorId, ct, chose: true);
            if (supervisor is null)
                problems.Add(new("supervisingTherapistId", "No active user with this id exists that you may see; choose the supervising therapist."));
        }
        var decision = NoteLifecycle.Finalize(facts.Summary, me, facts.Sources.For(me.ToActingUser()), supervisor, facts.Sources.Clinic,
            facts.CaseNotes, facts.Now);
        var attested = new SignAttestations(false, request?.DelayedCertificationReason);
        return await SignAsync(facts, decision, problems, NoteStatus.Draft, attested, db, notes, ct);
    }

    public static async Task<NoteResult<NoteResponse>> CoSignAsync(Guid id, CoSignRequest? request, RehabDbContext db,
        ITenantContext tenant, NoteFactsLoader notes, CancellationToken ct)
    {
        var note = await notes.FindAsync(id, ct);
        if (note is null)
            return NoteResult.NotFound<NoteResponse>("Note");
        var facts = await notes.LoadAsync(note, ct);
        var me = await NoteUsers.MeAsync(db, tenant, ct);
        var decision = NoteLifecycle.CoSign(facts.Summary, me, facts.CaseNotes, facts.Now);
        if (decision.IsAllowed && request?.KxAttestation is { } kx
            && KxAttestations.Record(note, kx, me.Id, facts.Now) is { Count: > 0 } invalid)
            return NoteResult.Invalid<NoteResponse>(invalid);
        var attested = new SignAttestations(request?.DirectedInRoom ?? false, request?.DelayedCertificationReason);
        return await SignAsync(facts, decision, [], NoteStatus.Forwarded, attested, db, notes, ct);
    }

    /// <summary>
    /// The rule's refusal alone when the user may not or the note is not in the state the action needs; otherwise
    /// every problem of the rule and of the finalization check together, or the note finalized.
    /// </summary>
    private static async Task<NoteResult<NoteResponse>> SignAsync(NoteFacts facts, Decision<Finalization> decision, IReadOnlyList<Problem> problems,
        NoteStatus from, SignAttestations attested, RehabDbContext db, NoteFactsLoader notes, CancellationToken ct)
    {
        var note = facts.Note;
        if (decision.Kind == ProblemKind.NotPermitted || (!decision.IsAllowed && note.Status != from))
            return NoteResult.Refused<NoteResponse>(decision, "finalized");
        var (caseProblems, notBillable) = await SignRules.CheckAsync(db, facts, attested, ct);
        var check = await CheckAsync(facts, notes, ct, notBillable);
        var all = new Decision([.. problems, .. decision.Problems.Where(p => problems.All(q => q.Field != p.Field)),
            .. check.Decision.Problems, .. caseProblems]);
        if (!all.IsAllowed)
            return NoteResult.Refused<NoteResponse>(all, "finalized");

        var finalization = decision.Value!;
        note.Status = NoteStatus.Finalized;
        note.FinalizedById = finalization.FinalizedById;
        note.FinalizedAt = finalization.FinalizedAt;
        note.FinalizationKind = finalization.Kind;
        note.SupervisingTherapistId = finalization.SupervisingTherapistId;
        note.SupervisionWording = finalization.SupervisionWording ?? note.SupervisionWording;
        note.StudentServiceDirected = facts.Author.Type.IsStudent() && from == NoteStatus.Forwarded
            ? attested.DirectedInRoom
            : null;
        note.DelayedCertificationReason = string.IsNullOrWhiteSpace(attested.DelayedCertificationReason) ? null
            : attested.DelayedCertificationReason.Trim();
        RecordBilling(note, check.Billing);
        await ClaimRows.RecordAsync(db, facts, check.Billing, ct);
        if (note.Type.IsDischarge())
        {
            facts.Case.Status = CaseStatus.Discharged;
            facts.Case.DischargedAt = facts.Now;
            facts.Case.Version = Guid.NewGuid();
        }
        NoteStore.Touch(note, facts.Now);
        if (await NoteStore.SaveAsync(db, ct) != SaveOutcome.Saved)
            return NoteStore.ChangedMeanwhile<NoteResponse>(note);
        return NoteResult.Ok(await NoteResponse.ForAsync(db, note, ct));
    }

    /// <summary>
    /// The finalization check of the note as stored, under its author's rules, and what its charges bill.
    /// </summary>
    /// <param name="notBillable">Why the note bills nothing (<see cref="NoteBillingContext.NotBillable"/>).</param>
    public static async Task<(Decision Decision, NoteBillingResult Billing)> CheckAsync(NoteFacts facts,
        NoteFactsLoader notes, CancellationToken ct, string? notBillable = null)
    {
        var content = facts.Note.ToContent();
        var context = await notes.BillingContextAsync(facts, content.Charges, TieChoices.Read(facts.Note.TieChoice), ct)
            with { NotBillable = notBillable };
        var survey = await notes.SurveyScoreAsync(facts.Note.Id, ct);
        return (FinalizationCheck.Check(facts.Summary, content, context, facts.CaseFacts, facts.Today, survey), NoteBilling.Compute(content.Charges, context));
    }

    private static void RecordBilling(Note note, NoteBillingResult billing)
    {
        note.BilledUnitRule = billing.Rule.Value.ToString();
        note.BilledUnitRuleReason = Shorten(billing.Rule.Reason, 1000);
        var charges = note.Charges.OrderBy(c => c.Position).ToList();
        foreach (var line in billing.Lines)
        {
            var charge = charges[line.Index];
            charge.BilledUnits = line.Units;
            charge.BilledModifiers = Codes.Join(line.Modifiers.Select(m => m.Code));
            charge.BilledAssistantUnits = line.ClaimLines
                .Where(c => c.Modifiers.Any(m => m == Modifier.CQ || m == Modifier.CO)).Sum(c => c.Units);
            var claim = line.ClaimLines.Count > 1 ? $" Claim lines: {string.Join(", ", line.ClaimLines)}." : "";
            charge.BilledExplanation = Shorten(string.Join(" ", [line.Explanation + claim, .. line.ClaimLines.SelectMany(c => c.Explanations).Distinct()]), 4000);
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
