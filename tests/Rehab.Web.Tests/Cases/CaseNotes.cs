using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Documentation;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Cases;

/// <summary>Notes stored directly on a test case, for what the case shows of them (the notes' own rules are tested with the notes).</summary>
public static class CaseNotes
{
    public sealed record Spec(NoteType Type, NoteStatus Status, DateOnly DateOfService, bool Charged = true);

    public static Task<List<Guid>> AddNotesAsync(this RehabAppFactory app, TestCase c, params Spec[] notes) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var stored = await db.Cases.IgnoreQueryFilters().SingleAsync(x => x.Id == c.CaseId);
            var ids = new List<Guid>();
            foreach (var spec in notes)
            {
                var now = DateTimeOffset.UtcNow;
                var note = new Note
                {
                    CompanyId = stored.CompanyId, ClinicId = stored.ClinicId, PatientId = stored.PatientId, CaseId = stored.Id, Type = spec.Type,
                    Status = spec.Status, DateOfService = spec.DateOfService, AuthorId = stored.AssignedTherapistId, CreatedAt = now, UpdatedAt = now,
                    FinalizedAt = spec.Status == NoteStatus.Finalized ? now : null, Subjective = "Feels better.",
                };
                if (spec.Charged)
                    note.Charges.Add(ChargeLine.From(note, 0, new ChargeLineDraft("97110", 30, spec.DateOfService)));
                db.Notes.Add(note);
                ids.Add(note.Id);
            }
            await db.SaveChangesAsync();
            return ids;
        });
}
