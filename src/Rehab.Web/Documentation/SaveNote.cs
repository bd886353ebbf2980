using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Documentation;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Documentation;

/// <summary>
/// A note's author (or, while it waits for co-signature, the therapist it was forwarded to) saves its content: the
/// whole of it, from the version they read. A finalized note never changes (corrections are addenda); a save from an
/// older version is refused with what changed since, and nothing is overwritten, unless nothing it would overwrite
/// changed (only the note's surveys did).
/// </summary>
public static class SaveNote
{
    public static async Task<NoteResult<NoteResponse>> RunAsync(Guid id, NoteUpdate request, RehabDbContext db, ITenantContext tenant,
        NoteFactsLoader notes, CancellationToken ct)
    {
        var note = await notes.FindAsync(id, ct);
        if (note is null)
            return NoteResult.NotFound<NoteResponse>("Note");
        var state = NoteLifecycle.MayChange(note.ToSummary(), await NoteUsers.MeAsync(db, tenant, ct));
        if (!state.IsAllowed)
            return NoteResult.Refused<NoteResponse>(state, "changed");
        if (MayChange(note, tenant.UserId!.Value) is { } refusal)
            return NoteResult.Forbidden<NoteResponse>("note", refusal);
        if (!NoteVersion.TryRead(request.Version, out var read))
            return NoteResult.Invalid<NoteResponse>("version", "Send the version you read with the note, as the note's GET gave it.");
        if (read != note.Version && NoteVersion.ChangedSince(request.Version!, note).Count > 0)
            return await StaleAsync(db, note, request.Version!, ct);

        var errors = new ValidationErrors();
        var (content, tieChoice) = request.ToContent(note.Type, note.DateOfService, errors);
        await CheckChargeDatesAsync(note, content, db, notes, errors, ct);
        if (!errors.IsValid)
            return NoteResult.Invalid<NoteResponse>(errors.ToDictionary());
        note.Apply(content);
        db.ChargeLines.AddRange(note.Charges); // new lines with their ids set: EF would take them for stored ones
        note.TieChoice = TieChoices.Store(tieChoice);
        NoteStore.Touch(note, notes.Now);
        if (await NoteStore.SaveAsync(db, ct) == SaveOutcome.Stale)
            return await notes.FindAsync(id, ct) is { } stored ? await StaleAsync(db, stored, request.Version!, ct) : NoteResult.NotFound<NoteResponse>("Note");
        return NoteResult.Ok(await NoteResponse.ForAsync(db, note, ct));
    }

    /// <summary>A charge dated apart from its note is dated like a visit: not before birth, not ahead.</summary>
    private static async Task CheckChargeDatesAsync(Note note, NoteContent content, RehabDbContext db,
        NoteFactsLoader notes, ValidationErrors errors, CancellationToken ct)
    {
        if (content.Charges.All(c => c.DateOfService == note.DateOfService))
            return;
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == note.ClinicId, ct);
        var born = await db.Patients.AsNoTracking().Where(p => p.Id == note.PatientId)
            .Select(p => p.DateOfBirth).SingleAsync(ct);
        var caseStart = DateOfServiceRule.CaseStart(note.Type, await notes.CaseNotesAsync(note.CaseId, ct), note.Id);
        for (var i = 0; i < content.Charges.Count; i++)
            if (content.Charges[i].DateOfService is var date && date != note.DateOfService)
                foreach (var problem in DateOfServiceRule.Check(date, born, caseStart, clinic.DateAt(notes.Now),
                             $"charges[{i}].dateOfService"))
                    errors.Add(problem.Field, problem.Message);
    }

    /// <summary>Why the user may not change the note's content, or null when they may.</summary>
    public static string? MayChange(Note note, Guid userId) =>
        note.AuthorId == userId || (note.Status == NoteStatus.Forwarded && note.ForwardedToId == userId)
            ? null
            : "Only the note's author changes it, and, while it waits for co-signature, the therapist it was forwarded to.";

    /// <summary>
    /// The refusal of a save from an older version: who saved the note since, when, and which parts differ from what
    /// was read.
    /// </summary>
    private static async Task<NoteResult<NoteResponse>> StaleAsync(RehabDbContext db, Note stored, string read, CancellationToken ct)
    {
        var changed = NoteVersion.ChangedSince(read, stored);
        var noteId = stored.Id.ToString();
        var savedBy = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Note) && a.EntityId == noteId && (a.Action == AuditAction.Update || a.Action == AuditAction.Create))
            .OrderByDescending(a => a.Id).Select(a => a.UserId).FirstOrDefaultAsync(ct);
        var who = savedBy is { } userId && (await NoteUsers.NamesAsync(db, [userId], ct)).TryGetValue(userId, out var name) ? name : "someone else";
        var what = changed.Count == 0 ? "nothing you can see" : string.Join(", ", changed.Select(c => c.Label));
        var summary = stored.ToSummary();
        return NoteResult.Conflict<NoteResponse>("The note was changed after you read it", "version",
            $"The {summary.Name} was saved by {who} at {Instant(stored.UpdatedAt)} after you read it, so nothing of yours was saved. " +
            $"Changed since you read it: {what}. Open the note again and make your changes on the saved version.",
            new Dictionary<string, object?> { ["changed"] = changed.Select(c => c.Field).ToList(), ["version"] = NoteVersion.Of(stored) });
    }

    private static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
