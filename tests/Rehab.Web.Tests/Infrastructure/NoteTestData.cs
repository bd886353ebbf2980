using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Documentation;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>Notes stored directly on a test case, for tests about what comes after them.</summary>
public static class NoteTestData
{
    /// <summary>
    /// A note by the author on the case: a draft, or finalized (signed by its author) an hour ago. Dated today (UTC)
    /// unless told otherwise.
    /// </summary>
    public static Task<Guid> AddNoteAsync(this RehabAppFactory app, Guid caseId, Guid authorId, NoteType type = NoteType.DailyNote,
        NoteStatus status = NoteStatus.Draft, DateOnly? on = null) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var @case = await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == caseId);
            var now = DateTimeOffset.UtcNow;
            var note = new Note
            {
                CompanyId = @case.CompanyId, ClinicId = @case.ClinicId, PatientId = @case.PatientId, CaseId = @case.Id, Type = type,
                DateOfService = on ?? DateOnly.FromDateTime(now.UtcDateTime.AddDays(-1)), AuthorId = authorId, CreatedAt = now, UpdatedAt = now,
                Subjective = "Stored by the test.",
            };
            if (status == NoteStatus.Finalized)
            {
                note.Status = NoteStatus.Finalized;
                note.FinalizedById = authorId;
                note.FinalizedAt = now.AddHours(-1);
                note.FinalizationKind = FinalizationKind.Signed;
            }
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            return note.Id;
        });

    /// <summary>A case (as <see cref="ClinicalTestData.AddCaseAsync"/> makes it) that starts with its Initial Evaluation, finalized.</summary>
    public static async Task<TestCase> AddEvaluatedCaseAsync(this RehabAppFactory app, string clinic = "Phoenix Central", string primaryPayer = "Aetna PPO",
        string? secondaryPayer = null, IReadOnlyList<string>? diagnoses = null)
    {
        var @case = await app.AddCaseAsync(clinic, primaryPayer, secondaryPayer, diagnoses: diagnoses);
        await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"), NoteType.InitialEvaluation, NoteStatus.Finalized);
        return @case;
    }

    public static Task<Guid> UserIdAsync(this RehabAppFactory app, string userName) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Users.IgnoreQueryFilters()
            .Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>Marks a stored note finalized and signed by its author, as if finalized before the test.</summary>
    public static Task FinalizeStoredAsync(this RehabAppFactory app, Guid noteId) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var note = await db.Notes.IgnoreQueryFilters().SingleAsync(n => n.Id == noteId);
            note.Status = NoteStatus.Finalized;
            note.FinalizedById = note.AuthorId;
            note.FinalizedAt = DateTimeOffset.UtcNow;
            note.FinalizationKind = FinalizationKind.Signed;
            return await db.SaveChangesAsync();
        });
}
