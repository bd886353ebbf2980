using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Documentation;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Notes;

/// <summary>A note type the case takes now, or why not.</summary>
public sealed record NoteTypeChoice(NoteType Type, string? Refusal);

/// <summary>
/// Start a note on a case: choose its type (and a progress note's label) and date; the draft opens in the editor.
/// </summary>
[Authorize(Policy = NotePolicies.WriteNotes)]
[AuditsReads("Case")]
public sealed class NewModel(RehabDbContext db, ITenantContext tenant, NoteFactsLoader notes) : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["type", "label", "dateOfService", "copyFromLatest"];

    public static IReadOnlyList<FieldOption> Labels { get; } =
        Enum.GetValues<ProgressNoteLabel>().Select(l => new FieldOption(l.ToString(), NoteType.ProgressNote.DisplayName(l))).ToList();

    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Label { get; set; }
    [BindProperty] public string? DateOfService { get; set; }
    [BindProperty] public bool CopyFromLatest { get; set; }
    /// <summary>
    /// What an Initial Evaluation would be copied from (Initial Exam Case Copy), or null when there is nothing to
    /// offer.
    /// </summary>
    public string? CopyOffer { get; private set; }
    public FormErrors Errors { get; } = new();
    public string CaseTitle { get; private set; } = "";
    public string PatientName { get; private set; } = "";
    public IReadOnlyList<NoteTypeChoice> Types { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken ct)
    {
        if (!await LoadAsync(caseId, ct))
            return NotFound();
        Type = Types.FirstOrDefault(t => t.Refusal is null)?.Type.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid caseId, CancellationToken ct)
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(DateOfService))
        {
            if (DateOnly.TryParseExact(DateOfService, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                date = parsed;
            else
                Errors.Add("dateOfService", "Enter the date of service as a date, such as 2026-03-10.");
        }
        if (!Errors.Any)
        {
            var result = await StartNote.RunAsync(caseId, new NewNoteRequest(Type, Type == nameof(NoteType.ProgressNote) ? Label : null, date,
                CopyFromLatest && Type == nameof(NoteType.InitialEvaluation)), db, tenant, notes, ct);
            if (result.Status == StatusCodes.Status404NotFound)
                return NotFound();
            if (result.Succeeded)
                return RedirectToPage("Edit", new { id = result.Value!.Id });
            Errors.AddAll(result.Messages);
        }
        return await LoadAsync(caseId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid caseId, CancellationToken ct)
    {
        var @case = await notes.FindCaseAsync(caseId, ct);
        if (@case is null)
            return false;
        CaseTitle = @case.Title;
        HttpContext.AuditPatient(@case.PatientId);
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == @case.PatientId).Select(p => new { p.FirstName, p.LastName }).SingleAsync(ct);
        PatientName = $"{patient.FirstName} {patient.LastName}";
        var me = await NoteUsers.MeAsync(db, tenant, ct);
        var caseNotes = await notes.CaseNotesAsync(caseId, ct);
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == @case.ClinicId, ct);
        var types = new List<NoteTypeChoice>();
        foreach (var t in Enum.GetValues<NoteType>())
        {
            var decision = NoteLifecycle.MayStart(t, me, @case.Status, caseNotes);
            if (decision.IsAllowed)
                decision = await NoteRhythm.MayStartAsync(db, @case, t, me.Type, clinic.DateAt(notes.Now), ct);
            types.Add(new NoteTypeChoice(t, decision.IsAllowed ? null : decision.Problems[0].Message));
        }
        Types = types;
        if (Types.Any(t => t.Type == NoteType.InitialEvaluation && t.Refusal is null))
            CopyOffer = (await CaseCopies.OfferAsync(db, @case.PatientId, ct)).Value?.SourceDescription;
        DateOfService ??= clinic.DateAt(notes.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }
}
