using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Web.Cases;

namespace Rehab.Web.Documentation;

/// <summary>What a clinician attests when finalizing or co-signing a note.</summary>
/// <param name="DirectedInRoom">The co-signer directed a student's service in the room.</param>
/// <param name="DelayedCertificationReason">Why the plan's certification is late.</param>
public sealed record SignAttestations(bool DirectedInRoom, string? DelayedCertificationReason);

/// <summary>
/// The rules of finalizing that look at the case's other notes and payers: on Medicare the progress report by the 10th
/// treatment day (<see cref="ProgressNoteRhythm.MayFinalize"/>), the plan's certification
/// (<see cref="CertificationRule"/>), and whether a student's services bill (<see cref="StudentServices"/>).
/// </summary>
public static class SignRules
{
    private static readonly NoteType[] PlanNotes =
        [NoteType.InitialEvaluation, NoteType.ProgressNote, NoteType.DischargeSummary,
            NoteType.AdministrativeDischarge];

    /// <summary>The problems that stop the note from being finalized, and why it bills nothing (or null).</summary>
    public static async Task<(IReadOnlyList<Problem> Problems, string? NotBillable)> CheckAsync(RehabDbContext db,
        NoteFacts facts,
        SignAttestations attested, CancellationToken ct)
    {
        var medicare = (await CaseRecords.MedicareCaseIdsAsync(db, [facts.Case], ct)).Contains(facts.Case.Id);
        var plan = medicare
            ? PlanOfCareDates.For(await PlanNotesAsync(db, facts.Case.Id, ct), medicareCase: true,
                facts.Sources.Company, facts.Today)
            : null;
        var problems = CertificationRule.Check(facts.Summary, plan, medicare,
            attested.DelayedCertificationReason).Problems.ToList();
        if (medicare)
            problems.AddRange((await NoteRhythm.MayFinalizeAsync(db, facts, ct)).Problems);
        return (problems, StudentServices.NotBillable(facts.Author.Type, medicare, attested.DirectedInRoom));
    }

    private static async Task<IReadOnlyList<NoteWithContent>> PlanNotesAsync(RehabDbContext db, Guid caseId,
        CancellationToken ct) =>
        (await db.Notes.AsNoTracking()
            .Where(n => n.CaseId == caseId && n.Status == NoteStatus.Finalized && PlanNotes.Contains(n.Type))
            .ToListAsync(ct))
        .Select(n => new NoteWithContent(n.ToSummary(), n.ToContent())).ToList();
}
