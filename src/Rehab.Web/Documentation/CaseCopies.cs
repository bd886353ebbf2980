using Microsoft.EntityFrameworkCore;
using Rehab.Core.Cases;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Web.Settings;

namespace Rehab.Web.Documentation;

/// <summary>Initial Exam Case Copy: the patient's evaluative notes as copy sources, and the draft a copy starts.</summary>
public static class CaseCopies
{
    /// <summary>The copy <see cref="InitialExamCaseCopy.Offer"/> makes from the patient's finalized evaluative notes of every case.</summary>
    public static async Task<Decision<CaseCopy>> OfferAsync(RehabDbContext db, Guid patientId, CancellationToken ct)
    {
        var company = await SettingsStore.CompanyAsync(db, ct);
        var evaluative = new[] { NoteType.InitialEvaluation, NoteType.ProgressNote, NoteType.DischargeSummary };
        var notes = await db.Notes.AsNoTracking().Include(n => n.Charges)
            .Where(n => n.PatientId == patientId && n.Status == NoteStatus.Finalized && evaluative.Contains(n.Type))
            .Join(db.Cases.AsNoTracking(), n => n.CaseId, c => c.Id, (n, c) => new { Note = n, c.Title, c.TreatingDiagnoses })
            .ToListAsync(ct);
        return InitialExamCaseCopy.Offer(company, notes.Select(n => new CaseCopySource(n.Note.ToSummary(), n.Note.ToContent(), n.Title,
            [.. Codes.Split(n.TreatingDiagnoses).Select(d => Icd10Code.TryParse(d, out var code) ? code : (Icd10Code?)null).OfType<Icd10Code>()])));
    }

    /// <summary>The copied content, with Subjective starting by naming the source note and what must be entered again.</summary>
    public static NoteContent Draft(CaseCopy copy)
    {
        var header = string.Join("\n", [copy.SourceDescription, .. copy.Flags.Select(f => f.Message)]);
        var subjective = string.IsNullOrWhiteSpace(copy.Draft.Soap.Subjective) ? header : header + "\n\n" + copy.Draft.Soap.Subjective;
        return copy.Draft with { Soap = copy.Draft.Soap with { Subjective = subjective } };
    }
}
