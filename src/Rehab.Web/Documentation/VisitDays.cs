using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Documentation;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Documentation;

namespace Rehab.Web.Documentation;

/// <summary>
/// The day a note is billed against: the billed lines of the patient's other finalized notes on the charges' dates of
/// service in the note's discipline, of every clinic of the company (a day is the patient's, not the clinic's).
/// A draft's lines are not billed yet, so they do not count.
/// </summary>
public static class VisitDays
{
    public static async Task<IReadOnlyList<BilledBefore>> BilledBeforeAsync(RehabDbContext db, NoteFacts facts,
        IReadOnlyList<ChargeLineDraft> charges, CancellationToken ct) =>
        [.. (await LinesAsync(db, facts, [.. charges.Select(c => c.DateOfService).Distinct()], ct))
            .Select(l => new BilledBefore(l.Charge.ToDraft(), l.Charge.BilledUnits!.Value, l.NoteName,
                Modifiers(l.Charge)))];

    /// <summary>The patient's other finalized notes of the discipline billed on the note's date, by name.</summary>
    public static async Task<IReadOnlyList<string>> OtherVisitsAsync(RehabDbContext db, NoteFacts facts,
        CancellationToken ct) =>
        [.. (await LinesAsync(db, facts, [facts.Note.DateOfService], ct)).Select(l => l.NoteName).Distinct()];

    private static List<Modifier> Modifiers(ChargeLine charge) =>
        [.. Codes.Split(charge.BilledModifiers).Where(m => Modifier.TryParse(m, out _)).Select(Modifier.Parse)];

    private static async Task<List<(string NoteName, ChargeLine Charge)>> LinesAsync(RehabDbContext db, NoteFacts facts,
        List<DateOnly> dates, CancellationToken ct)
    {
        if (dates.Count == 0)
            return [];
        var note = facts.Note;
        var lines = await db.Notes.AsNoTracking()
            .Where(n => n.PatientId == note.PatientId && n.Status == NoteStatus.Finalized && n.Id != note.Id)
            .Join(db.Cases.AsNoTracking(), n => n.CaseId, c => c.Id, (n, c) => new { Note = n, c.AssignedTherapistId })
            .SelectMany(x => x.Note.Charges, (x, charge) => new
            {
                x.Note.Id, x.Note.Type, x.Note.Label, x.Note.DateOfService, x.Note.AuthorId, x.AssignedTherapistId,
                x.Note.FinalizedAt, Charge = charge,
            })
            .Where(l => dates.Contains(l.Charge.DateOfService) && l.Charge.BilledUnits != null)
            .ToListAsync(ct);
        if (lines.Count == 0)
            return [];
        var userIds = lines.SelectMany(l => new[] { l.AuthorId, l.AssignedTherapistId }).Distinct().ToList();
        var types = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => (UserType?)u.UserType, ct);
        return [.. lines
            .Where(l => facts.Discipline == PlanOfCareDiscipline.Of(types.GetValueOrDefault(l.AssignedTherapistId),
                types.GetValueOrDefault(l.AuthorId)))
            .OrderBy(l => l.FinalizedAt).ThenBy(l => l.Id).ThenBy(l => l.Charge.Position)
            .Select(l => ($"{l.Type.DisplayName(l.Label)} of {l.DateOfService:yyyy-MM-dd}", l.Charge))];
    }
}
