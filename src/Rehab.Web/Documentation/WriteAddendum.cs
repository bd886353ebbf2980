using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Documentation;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Documentation;

/// <summary>A clinician adds a correction or addition to a finalized note: signed by them and dated; the note itself never changes.</summary>
public static class WriteAddendum
{
    public static async Task<NoteResult<AddendumResponse>> RunAsync(Guid id, AddendumRequest request, RehabDbContext db, ITenantContext tenant,
        NoteFactsLoader notes, CancellationToken ct)
    {
        var note = await notes.FindAsync(id, ct);
        if (note is null)
            return NoteResult.NotFound<AddendumResponse>("Note");
        var me = await NoteUsers.MeAsync(db, tenant, ct);
        var decision = NoteLifecycle.AddAddendum(note.ToSummary(), me, request.Text, notes.Now);
        if (!decision.IsAllowed)
            return NoteResult.Refused<AddendumResponse>(decision, "amended");

        var addendum = decision.Value!;
        var row = new NoteAddendum
        {
            CompanyId = note.CompanyId, NoteId = note.Id, PatientId = note.PatientId, AuthorId = addendum.AuthorId, Text = addendum.Text,
            SignedAt = addendum.SignedAt,
        };
        db.NoteAddenda.Add(row);
        await db.SaveChangesAsync(ct);
        var name = (await NoteUsers.NamesAsync(db, [me.Id], ct))[me.Id];
        return NoteResult.Ok(new AddendumResponse(row.Id, row.AuthorId, name, row.Text, row.SignedAt), StatusCodes.Status201Created);
    }
}
