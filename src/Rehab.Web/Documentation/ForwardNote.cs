using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Documentation;

/// <summary>
/// A note's author forwards it for co-signature to a therapist of their discipline who works at the note's clinic.
/// The note is checked as for finalizing first, so the co-signer gets a note that can be signed; an assistant's note
/// takes the clinic's supervision wording.
/// </summary>
public static class ForwardNote
{
    public static async Task<NoteResult<NoteResponse>> RunAsync(Guid id, ForwardRequest request, RehabDbContext db, ITenantContext tenant,
        NoteFactsLoader notes, CancellationToken ct)
    {
        var note = await notes.FindAsync(id, ct);
        if (note is null)
            return NoteResult.NotFound<NoteResponse>("Note");
        if (request.CoSignerId is not { } coSignerId || coSignerId == Guid.Empty)
            return NoteResult.Invalid<NoteResponse>("coSignerId", "Choose the therapist who is to co-sign the note.");
        var coSigner = await NoteUsers.FindAsync(db, tenant, coSignerId, ct, chose: true);
        if (coSigner is null)
            return NoteResult.Refused<NoteResponse>(new Decision([new("coSignerId", "No active user with this id exists that you may see.")]), "forwarded");

        var facts = await notes.LoadAsync(note, ct);
        var decision = NoteLifecycle.Forward(facts.Summary, await NoteUsers.MeAsync(db, tenant, ct), coSigner, facts.Sources.Clinic, facts.Now);
        if (decision.Kind == ProblemKind.NotPermitted || note.Status == NoteStatus.Finalized)
            return NoteResult.Refused<NoteResponse>(decision, "forwarded");
        var problems = new List<Problem>(decision.Problems);
        if (!await WorksAtAsync(db, coSignerId, note.ClinicId, ct))
            problems.Add(new("coSignerId", $"The chosen therapist does not work at {facts.Clinic.Name}, so could not open the note to co-sign it."));
        // KX where the visit cannot be priced is the co-signer's to attest when they finalize
        problems.AddRange((await SignNote.CheckAsync(facts, notes, ct)).Decision.Problems
            .Where(p => p.Field != "kxAttestation"));
        if (problems.Count > 0)
            return NoteResult.Refused<NoteResponse>(new Decision(problems), "forwarded");

        var forwarding = decision.Value!;
        note.Status = NoteStatus.Forwarded;
        note.ForwardedToId = forwarding.ForwardedToId;
        note.ForwardedAt = forwarding.ForwardedAt;
        note.SupervisionWording = forwarding.SupervisionWording;
        NoteStore.Touch(note, facts.Now);
        if (await NoteStore.SaveAsync(db, ct) != SaveOutcome.Saved)
            return NoteStore.ChangedMeanwhile<NoteResponse>(note);
        return NoteResult.Ok(await NoteResponse.ForAsync(db, note, ct));
    }

    private static Task<bool> WorksAtAsync(RehabDbContext db, Guid userId, Guid clinicId, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.Id == userId && (u.AllClinics || db.UserClinicAccess.Any(a => a.UserId == userId && a.ClinicId == clinicId)), ct);
}
