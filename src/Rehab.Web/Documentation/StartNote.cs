using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Documentation;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Documentation;

/// <summary>
/// A clinician starts a note of a type on a case they may see: a draft they write, dated today at the clinic unless
/// told otherwise. The case starts with its Initial Evaluation and has one, and one discharge (even when two people
/// start one at the same moment), after which no note follows.
/// </summary>
public static class StartNote
{
    public static async Task<NoteResult<NoteResponse>> RunAsync(Guid caseId, NewNoteRequest request, RehabDbContext db, ITenantContext tenant,
        NoteFactsLoader notes, CancellationToken ct)
    {
        var @case = await notes.FindCaseAsync(caseId, ct);
        if (@case is null)
            return NoteResult.NotFound<NoteResponse>("Case");
        var errors = new ValidationErrors();
        if (!EnumNames.TryParse<NoteType>(request.Type, out var type))
            errors.Add("type", $"Choose the type of note: {string.Join(", ", Enum.GetNames<NoteType>())}.");
        ProgressNoteLabel? label = null;
        if (!string.IsNullOrWhiteSpace(request.Label))
        {
            if (!EnumNames.TryParse<ProgressNoteLabel>(request.Label, out var parsed))
                errors.Add("label", $"A progress note is labelled {string.Join(", ", Enum.GetNames<ProgressNoteLabel>())}.");
            else if (errors.IsValid && type != NoteType.ProgressNote)
                errors.Add("label", "Only a Progress Note is labelled Re-evaluation or Recertification.");
            else
                label = parsed;
        }
        if (request.CopyFromLatest && errors.IsValid && type != NoteType.InitialEvaluation)
            errors.Add("copyFromLatest", "Only a new case's Initial Evaluation is copied from the patient's last evaluative note.");
        if (!errors.IsValid)
            return NoteResult.Invalid<NoteResponse>(errors.ToDictionary());

        var me = await NoteUsers.MeAsync(db, tenant, ct);
        var caseNotes = await notes.CaseNotesAsync(caseId, ct);
        var decision = NoteLifecycle.MayStart(type, me, @case.Status, caseNotes);
        if (!decision.IsAllowed)
            return NoteResult.Refused<NoteResponse>(decision, "started");
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == @case.ClinicId, ct);
        var now = notes.Now;
        var dateOfService = request.DateOfService ?? clinic.DateAt(now);
        var born = await db.Patients.AsNoTracking().Where(p => p.Id == @case.PatientId)
            .Select(p => p.DateOfBirth).SingleAsync(ct);
        var caseStart = DateOfServiceRule.CaseStart(type, caseNotes);
        var dated = new Decision(DateOfServiceRule.Check(dateOfService, born, caseStart, clinic.DateAt(now)));
        if (!dated.IsAllowed)
            return NoteResult.Refused<NoteResponse>(dated, "started");
        var rhythm = await NoteRhythm.MayStartAsync(db, @case, type, me.Type, dateOfService, ct);
        if (!rhythm.IsAllowed)
            return NoteResult.Refused<NoteResponse>(rhythm, "started");

        CaseCopy? copy = null;
        if (request.CopyFromLatest)
        {
            var offer = await CaseCopies.OfferAsync(db, @case.PatientId, ct);
            if (offer.Value is null)
                return NoteResult.Refused<NoteResponse>(offer, "started");
            copy = offer.Value;
        }

        var note = new Note
        {
            CompanyId = @case.CompanyId, ClinicId = @case.ClinicId, PatientId = @case.PatientId, CaseId = @case.Id, Type = type,
            Label = label, DateOfService = dateOfService, AuthorId = me.Id, CreatedAt = now, UpdatedAt = now,
        };
        if (copy is not null)
            note.Apply(CaseCopies.Draft(copy));
        db.Notes.Add(note);
        if (await NoteStore.SaveAsync(db, ct) == SaveOutcome.Duplicate)
        {
            // Another Initial Evaluation or discharge was saved on the case at the same moment: the rule now says which.
            var again = NoteLifecycle.MayStart(type, me, @case.Status, await notes.CaseNotesAsync(caseId, ct));
            return again.IsAllowed
                ? NoteResult.Conflict<NoteResponse>("The note cannot be started now", "type", "Another note was started on the case at the same moment; try again.")
                : NoteResult.Refused<NoteResponse>(again, "started");
        }
        return NoteResult.Ok(await NoteResponse.ForAsync(db, note, ct), StatusCodes.Status201Created);
    }
}
