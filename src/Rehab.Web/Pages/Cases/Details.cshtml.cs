using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Documentation;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Cases;
using Rehab.Web.Documentation;
using Rehab.Web.Organization;
using Rehab.Web.Patients;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Cases;

/// <summary>
/// The case page: details, alerts (with the progress-note rhythm and the plan of care), diagnoses, authorization,
/// referral, visit counters, plan-of-care dates, notes, and where to start the next note.
/// </summary>
[AuditsReads("Case")]
public sealed class DetailsModel(RehabDbContext db, ITenantContext tenant, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    [TempData] public string? Notice { get; set; }

    public CaseRecord Record => Care.Record;
    public CaseCare Care { get; private set; } = null!;
    public Patient Patient { get; private set; } = null!;
    public PolicyResponse? Primary { get; private set; }
    public PolicyResponse? Secondary { get; private set; }
    public IReadOnlyList<string> Alerts { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public EmergencyAccessBanner? Emergency { get; private set; }
    /// <summary>The notes the user may start on the case now, by <see cref="NoteLifecycle.MayStart"/>; the notes pages check again.</summary>
    public IReadOnlyList<NoteType> StartableNotes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var record = await CaseRecords.FindAsync(db, tenant, Id, ct);
        if (record is null)
            return NotFound();
        HttpContext.AuditPatient(record.Case.PatientId);
        Care = (await CaseCares.LoadAsync(db, tenant, [record], clock, ct)).Single();
        Patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == record.Case.PatientId, ct);
        var policies = await PolicyResponses.OfPatientAsync(db, Patient.Id, ct);
        Primary = policies.FirstOrDefault(p => p.Id == record.Case.PrimaryPolicyId);
        Secondary = policies.FirstOrDefault(p => p.Id == record.Case.SecondaryPolicyId);
        Alerts = Care.Alerts(policies, await ClinicDates.TodayAsync(db, record.Case.ClinicId, clock, ct));
        Emergency = EmergencyAccessBanner.For(HttpContext, Patient.Id, clock);
        if (Emergency is not null)
            return Page(); // read-only: nothing to change or start
        CanEdit = (await authorization.AuthorizeAsync(User, Permission.EditPatients)).Succeeded;
        var me = await NoteUsers.MeAsync(db, tenant, ct);
        var caseNotes = record.Notes.Select(n => n.ToSummary()).ToList();
        StartableNotes = [.. Enum.GetValues<NoteType>().Where(type => NoteLifecycle.MayStart(type, me, record.Case.Status, caseNotes).IsAllowed)];
        return Page();
    }
}
