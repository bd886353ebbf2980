using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Cases;
using Rehab.Web.Cases;

namespace Rehab.Web.Documentation;

/// <summary>
/// The progress-note rhythm of a patient in a discipline, and the Daily Notes it refuses on Medicare cases.
/// </summary>
public static class NoteRhythm
{
    /// <summary>
    /// The rhythm in the discipline across the patient's cases: each note's discipline is its author's (the case
    /// therapist's when the author treats in none).
    /// </summary>
    public static async Task<ProgressNoteStatus> StatusAsync(RehabDbContext db, Guid patientId, Discipline discipline, CancellationToken ct) =>
        (await StatusesAsync(db, [(patientId, discipline)], ct))[(patientId, discipline)];

    /// <summary>The rhythm of each patient in a discipline, from one read of the patients' notes.</summary>
    public static async Task<IReadOnlyDictionary<(Guid Patient, Discipline Discipline), ProgressNoteStatus>> StatusesAsync(RehabDbContext db,
        IReadOnlyCollection<(Guid Patient, Discipline Discipline)> wanted, CancellationToken ct)
    {
        if (wanted.Count == 0)
            return new Dictionary<(Guid, Discipline), ProgressNoteStatus>();
        var patientIds = wanted.Select(w => w.Patient).Distinct().ToList();
        var notes = await db.Notes.AsNoTracking().Where(n => patientIds.Contains(n.PatientId))
            .Join(db.Cases.AsNoTracking(), n => n.CaseId, c => c.Id, (n, c) => new { Note = n, c.AssignedTherapistId, HasCharges = n.Charges.Any() })
            .ToListAsync(ct);
        var userIds = notes.SelectMany(n => new[] { n.Note.AuthorId, n.AssignedTherapistId }).Distinct().ToList();
        var types = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserType, ct);
        Discipline? Of(Guid id) => types.TryGetValue(id, out var type) ? type.Discipline() : null;
        var charts = notes
            .Select(n => (n.Note.PatientId, Note: new DisciplineNote(n.Note.ToSummary() with { HasCharges = n.HasCharges },
                Of(n.Note.AuthorId) ?? Of(n.AssignedTherapistId) ?? Discipline.PT)))
            .OrderBy(n => n.Note.Note.DateOfService)
            .ToLookup(n => n.PatientId, n => n.Note);
        return wanted.Distinct().ToDictionary(w => w, w => ProgressNoteRhythm.For(w.Discipline, charts[w.Patient]));
    }

    /// <summary>
    /// Starting a note of the type on the case by the user, dated as given: a Medicare case refuses a Daily Note on the
    /// 10th treatment day since the last evaluative note or later.
    /// </summary>
    public static async Task<Decision> MayStartAsync(RehabDbContext db, Case @case, NoteType type, UserType starter,
        DateOnly dateOfService, CancellationToken ct)
    {
        if (type != NoteType.DailyNote || !(await CaseRecords.MedicareCaseIdsAsync(db, [@case], ct)).Contains(@case.Id))
            return Decision.Allowed;
        var therapist = await db.Users.AsNoTracking().Where(u => u.Id == @case.AssignedTherapistId).Select(u => (UserType?)u.UserType).FirstOrDefaultAsync(ct);
        var discipline = starter.Discipline() ?? therapist?.Discipline() ?? Discipline.PT;
        return ProgressNoteRhythm.MayStart(type, dateOfService, await StatusAsync(db, @case.PatientId, discipline, ct),
            medicareCase: true);
    }

    /// <summary>Finalizing the note (signing or co-signing): the same rule, from the notes finalized by now.</summary>
    public static async Task<Decision> MayFinalizeAsync(RehabDbContext db, NoteFacts facts, CancellationToken ct)
    {
        if (facts.Note.Type != NoteType.DailyNote
            || !(await CaseRecords.MedicareCaseIdsAsync(db, [facts.Case], ct)).Contains(facts.Case.Id))
            return Decision.Allowed;
        var discipline = facts.Author.Type.Discipline() ?? facts.Discipline;
        var status = await StatusAsync(db, facts.Case.PatientId, discipline, ct);
        return ProgressNoteRhythm.MayFinalize(facts.Summary, status, medicareCase: true);
    }
}
