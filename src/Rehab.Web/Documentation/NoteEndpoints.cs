using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;

namespace Rehab.Web.Documentation;

public static class NoteEndpoints
{
    public static void MapNoteEndpoints(this RouteGroupBuilder api)
    {
        var reads = new AuditsReadsAttribute("Note");
        api.MapGet("/cases/{id:guid}/notes", (Guid id, HttpContext http, RehabDbContext db, ITenantContext tenant, NoteFactsLoader notes, CancellationToken ct) =>
                Http(NoteQueries.CaseNotesAsync(id, http, db, tenant, notes, ct)))
            .RequireAuthorization(Permission.ViewPatients).WithMetadata(reads).WithTags("Notes")
            .Produces<List<NoteListItem>>().WithSummary("The notes of a case, by date of service");
        api.MapPost("/cases/{id:guid}/notes", (Guid id, NewNoteRequest request, RehabDbContext db, ITenantContext tenant, NoteFactsLoader notes,
                CancellationToken ct) => Http(StartNote.RunAsync(id, request, db, tenant, notes, ct), n => $"/api/v1/notes/{n.Id}"))
            .RequireAuthorization(Permission.ViewPatients, NotePolicies.WriteNotes).WithTags("Notes")
            .Produces<NoteResponse>(StatusCodes.Status201Created).WithSummary("Start a note on a case: a draft of the signed-in user")
            .WithDescription("type: InitialEvaluation, DailyNote, ProgressNote (label ProgressNote, Reevaluation or Recertification), " +
                             "DischargeSummary or AdministrativeDischarge; dateOfService defaults to today at the case's clinic. " +
                             "A case starts with its Initial Evaluation and has one, and one discharge (409 otherwise). " +
                             "Needs Start Notes; front office staff with Edit Patients may start an Administrative Discharge.");

        var notes = api.MapGroup("/notes").WithTags("Notes").RequireAuthorization(Permission.ViewPatients);
        notes.MapGet("/cosign-inbox", async (HttpContext http, RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
                TypedResults.Ok(await NoteQueries.CoSignInboxAsync(http, db, tenant, ct)))
            .WithMetadata(reads).WithSummary("Incomplete co-sign documents: notes forwarded to me, waiting for my co-signature");
        notes.MapGet("/{id:guid}", (Guid id, HttpContext http, RehabDbContext db, NoteFactsLoader loader, CancellationToken ct) =>
                Http(NoteQueries.NoteAsync(id, http, db, loader, ct)))
            .WithMetadata(reads).Produces<NoteResponse>()
            .WithSummary("A note: content, charges (with the billed units once finalized), status, signatures, addenda and its version");
        notes.MapPut("/{id:guid}", (Guid id, NoteUpdate request, RehabDbContext db, ITenantContext tenant, NoteFactsLoader loader, CancellationToken ct) =>
                Http(SaveNote.RunAsync(id, request, db, tenant, loader, ct)))
            .RequireAuthorization(NotePolicies.WriteNotes).Produces<NoteResponse>()
            .WithSummary("Save a draft's content: SOAP, evaluation, charges, total minutes, tie choice")
            .WithDescription("Replaces the whole content. Send the version read with the note: a save from an older version answers 409 " +
                             "naming what changed since (changed: the fields) and saves nothing. A finalized note answers 409; corrections are addenda. " +
                             "Only the author changes a note, and while it waits for co-signature also the therapist it was forwarded to. " +
                             "Outcome surveys are not content: attach them with POST /api/v1/notes/{id}/surveys.");
        notes.MapGet("/{id:guid}/billing", (Guid id, HttpContext http, NoteFactsLoader loader, CancellationToken ct) =>
                Http(NoteQueries.BillingAsync(id, http, loader, ct)))
            .WithMetadata(reads).Produces<NoteBillingResponse>()
            .WithSummary("What the note bills: the unit rule and why, each line's units, modifiers and explanation, and the splits a tie allows")
            .WithDescription("source 'live': under the effective rules of the case's clinic, primary and secondary payer and the note's author, " +
                             "as of now; 'finalized': as recorded when the note was signed.");
        notes.MapPost("/{id:guid}/billing/preview", (Guid id, BillingPreviewRequest request, HttpContext http, NoteFactsLoader loader,
                CancellationToken ct) => Http(NoteQueries.PreviewAsync(id, request, http, loader, ct)))
            .WithMetadata(new AuditsReadsAttribute("NoteBilling") { AnyMethod = true }).Produces<NoteBillingResponse>()
            .WithSummary("What charge lines not saved yet would bill on the note (the editor's live units panel); saves nothing");
        notes.MapPost("/{id:guid}/finalize", (Guid id, FinalizeRequest? request, RehabDbContext db, ITenantContext tenant, NoteFactsLoader loader,
                CancellationToken ct) => Http(SignNote.FinalizeAsync(id, request, db, tenant, loader, ct)))
            .RequireAuthorization(NotePolicies.FinalizeNotes).Produces<NoteResponse>()
            .WithSummary("Sign (finalize) a draft as its author")
            .WithDescription("An assistant finalizes only where clinic, primary payer and permission allow it, naming supervisingTherapistId " +
                             "(the case's therapist when left out). Every problem is answered at once: 403 when you may not, 409 when the note " +
                             "or case does not allow it now, 422 when the note is not complete. Records the billed units, modifiers and " +
                             "explanations; a discharge discharges the case. A Medicare visit after the plan's " +
                             "certification ended needs a Recertification first or delayedCertificationReason, the " +
                             "attested reason for the delay.");
        notes.MapPost("/{id:guid}/forward", (Guid id, ForwardRequest request, RehabDbContext db, ITenantContext tenant, NoteFactsLoader loader,
                CancellationToken ct) => Http(ForwardNote.RunAsync(id, request, db, tenant, loader, ct)))
            .RequireAuthorization(Permission.ForwardNotes).Produces<NoteResponse>()
            .WithSummary("Forward a draft for co-signature to a PT, OT or SLP of the author's discipline (coSignerId)")
            .WithDescription("The note is checked as for finalizing first. An assistant's note takes the clinic's supervision wording.");
        notes.MapPost("/{id:guid}/cosign", (Guid id, CoSignRequest? request, RehabDbContext db, ITenantContext tenant,
                NoteFactsLoader loader, CancellationToken ct) =>
                Http(SignNote.CoSignAsync(id, request, db, tenant, loader, ct)))
            .RequireAuthorization(Permission.FinalizeNotes).Produces<NoteResponse>()
            .WithSummary("Co-sign a note forwarded to you: it is finalized with both signatures")
            .WithDescription("directedInRoom: for a student's note on a Medicare case, you attest that you " +
                             "directed the service in the room; without it the note finalizes billing nothing, and " +
                             "says why. delayedCertificationReason: as for finalizing.");
        notes.MapPost("/{id:guid}/addenda", (Guid id, AddendumRequest request, RehabDbContext db, ITenantContext tenant, NoteFactsLoader loader,
                CancellationToken ct) => Http(WriteAddendum.RunAsync(id, request, db, tenant, loader, ct), _ => $"/api/v1/notes/{id}"))
            .RequireAuthorization(Permission.StartNotes).Produces<AddendumResponse>(StatusCodes.Status201Created)
            .WithSummary("Add a signed, dated addendum (text) to a finalized note");
    }

    private static async Task<IResult> Http<T>(Task<NoteResult<T>> result, Func<T, string>? location = null) => (await result).ToHttp(location);
}
