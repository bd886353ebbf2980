using Microsoft.EntityFrameworkCore;
using Rehab.Data;
using Rehab.Data.Documentation;

namespace Rehab.Web.Documentation;

/// <summary>How a save of notes ended: saved, beaten by another save of the same note, or refused by a once-per-case index.</summary>
public enum SaveOutcome
{
    Saved,
    Stale,
    Duplicate,
}

/// <summary>Saving notes: every change gets a new version, and a save that lost a race is told so instead of failing.</summary>
public static class NoteStore
{
    /// <summary>Marks a change of the note: a new version, so that a save from the old one is refused, and the time.</summary>
    public static void Touch(Note note, DateTimeOffset now)
    {
        note.Version = Guid.NewGuid();
        note.UpdatedAt = now;
    }

    /// <summary>
    /// Saves the tracked changes. A note changed by someone else since it was read (its version token) is Stale; an
    /// Initial Evaluation or discharge started at the same moment as another on the case (the unique indexes) is a
    /// Duplicate. Either way nothing is saved and the tracked entities are let go, so the caller may read them again.
    /// </summary>
    public static async Task<SaveOutcome> SaveAsync(RehabDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.Stale;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.Duplicate;
        }
    }

    public static NoteResult<T> ChangedMeanwhile<T>(Note note) =>
        NoteResult.Conflict<T>("The note was changed at the same moment", "note",
            $"The {note.ToSummary().Name} was changed by someone else while yours was being saved; nothing of yours was saved. Open it again and retry.");
}
