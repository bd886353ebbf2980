using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;

namespace Rehab.Web.Documentation;

/// <summary>
/// Reading notes: one note, a case's notes, the notes waiting for my co-signature, and what a note bills.
/// </summary>
public static class NoteQueries
{
    public static async Task<NoteResult<NoteResponse>> NoteAsync(Guid id, HttpContext http, RehabDbContext db, NoteFactsLoader notes, CancellationToken ct)
    {
        var note = await notes.FindAsync(id, ct);
        if (note is null)
            return NoteResult.NotFound<NoteResponse>("Note");
        http.AuditPatient(note.PatientId);
        return NoteResult.Ok(await NoteResponse.ForAsync(db, note, ct));
    }

    public static async Task<NoteResult<List<NoteListItem>>> CaseNotesAsync(Guid caseId, HttpContext http, RehabDbContext db, ITenantContext tenant,
        NoteFactsLoader notes, CancellationToken ct)
    {
        var @case = await notes.FindCaseAsync(caseId, ct);
        if (@case is null)
            return NoteResult.NotFound<List<NoteListItem>>("Case");
        http.AuditPatient(@case.PatientId);
        var rows = await db.Notes.AsNoTracking().VisibleTo(tenant).Where(n => n.CaseId == caseId)
            .OrderBy(n => n.DateOfService).ThenBy(n => n.CreatedAt).ToListAsync(ct);
        var names = await NoteUsers.NamesAsync(db, rows.Select(n => (Guid?)n.AuthorId), ct);
        return NoteResult.Ok(rows.Select(n => new NoteListItem(n.Id, n.ToSummary().Name, n.Type, n.Label, n.Status, n.DateOfService, n.AuthorId,
            names.GetValueOrDefault(n.AuthorId, ""), n.ForwardedToId, n.FinalizedAt)).ToList());
    }

    /// <summary>The notes forwarded to the signed-in user and waiting for their co-signature, oldest first.</summary>
    public static async Task<List<CoSignItem>> CoSignInboxAsync(HttpContext http, RehabDbContext db, ITenantContext tenant,
        CancellationToken ct)
    {
        var me = tenant.UserId;
        var rows = await db.Notes.AsNoTracking().VisibleTo(tenant)
            .Where(n => n.Status == NoteStatus.Forwarded && n.ForwardedToId == me)
            .Join(db.Patients.AsNoTracking(), n => n.PatientId, p => p.Id, (n, p) => new { Note = n, p.FirstName, p.LastName })
            .Join(db.Cases.AsNoTracking(), x => x.Note.CaseId, c => c.Id, (x, c) => new { x.Note, x.FirstName, x.LastName, c.Title })
            .OrderBy(x => x.Note.ForwardedAt).ToListAsync(ct);
        var names = await NoteUsers.NamesAsync(db, rows.Select(r => (Guid?)r.Note.AuthorId), ct);
        http.AuditPatients(rows.Select(r => r.Note.PatientId));
        return rows.Select(r => new CoSignItem(r.Note.Id, r.Note.ToSummary().Name, r.Note.DateOfService, r.Note.PatientId, $"{r.LastName}, {r.FirstName}",
            r.Note.CaseId, r.Title, r.Note.AuthorId, names.GetValueOrDefault(r.Note.AuthorId, ""), r.Note.ForwardedAt, r.Note.SupervisionWording)).ToList();
    }

    /// <summary>What the note bills: live under its rules while it can change, as recorded once finalized.</summary>
    public static async Task<NoteResult<NoteBillingResponse>> BillingAsync(Guid id, HttpContext http, NoteFactsLoader notes, CancellationToken ct)
    {
        var note = await notes.FindAsync(id, ct);
        if (note is null)
            return NoteResult.NotFound<NoteBillingResponse>("Note");
        http.AuditPatient(note.PatientId);
        return NoteResult.Ok(await BillingOfAsync(await notes.LoadAsync(note, ct), notes, ct));
    }

    public static async Task<NoteBillingResponse> BillingOfAsync(NoteFacts facts, NoteFactsLoader notes, CancellationToken ct) =>
        facts.Note.Status == NoteStatus.Finalized
            ? NoteBillingResponse.Finalized(facts.Note, facts.Catalog, await notes.ClaimLinesAsync(facts.Note.Id, ct))
            : NoteBillingResponse.Live(facts.Note.Id,
                await notes.BillAsync(facts, facts.Note.ToContent().Charges, TieChoices.Read(facts.Note.TieChoice), ct));

    /// <summary>
    /// What charge lines not saved yet would bill on the note, as the editor shows while they are typed.
    /// </summary>
    public static async Task<NoteResult<NoteBillingResponse>> PreviewAsync(Guid id, BillingPreviewRequest request, HttpContext http,
        NoteFactsLoader notes, CancellationToken ct)
    {
        var note = await notes.FindAsync(id, ct);
        if (note is null)
            return NoteResult.NotFound<NoteBillingResponse>("Note");
        http.AuditPatient(note.PatientId);
        var state = NoteLifecycle.MayChange(note.ToSummary());
        if (!state.IsAllowed)
            return NoteResult.Refused<NoteBillingResponse>(state, "changed");
        var errors = new ValidationErrors();
        if (request.Charges is { Count: > NoteUpdate.MaxCharges })
            errors.Add("charges", $"A note has at most {NoteUpdate.MaxCharges} charge lines.");
        var tieChoice = TieChoices.Normalize(request.TieChoice, errors);
        if (!errors.IsValid)
            return NoteResult.Invalid<NoteBillingResponse>(errors.ToDictionary());
        var charges = (request.Charges ?? []).Select(c => c.ToDraft(note.DateOfService)).ToList();
        var facts = await notes.LoadAsync(note, ct);
        return NoteResult.Ok(NoteBillingResponse.Live(note.Id, await notes.BillAsync(facts, charges, tieChoice, ct)));
    }
}
