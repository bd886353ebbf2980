using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Cases;
using Rehab.Core.Billing;
using Rehab.Core.Documentation;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Cases;
using Rehab.Web.Documentation;
using Rehab.Web.Organization;
using Rehab.Web.Settings;

namespace Rehab.Web.Pages;

/// <summary>The home page: the signed-in user's clinic and "At a glance": what waits for them.</summary>
[AuditsReads("AtAGlance")]
public sealed class IndexModel(RehabDbContext db, ITenantContext tenant, TimeProvider clock) : PageModel
{
    public string CompanyName { get; private set; } = "";
    public ClinicChoice? CurrentClinic { get; private set; }
    public int ClinicCount { get; private set; }
    public IReadOnlyList<GlanceNote> Drafts { get; private set; } = [];
    public IReadOnlyList<GlanceNote> ToCoSign { get; private set; } = [];
    public IReadOnlyList<GlanceCase> NeedProgressNote { get; private set; } = [];
    /// <summary>
    /// The user's active cases whose plan of care ends soon or has lapsed, the earliest renewal first.
    /// </summary>
    public IReadOnlyList<GlancePlanOfCare> PlansOfCare { get; private set; } = [];
    public IReadOnlyList<FeeScheduleAlert> MissingFeeSchedule { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        CompanyName = await db.Companies.Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "";
        var clinics = await ClinicChoices.VisibleAsync(db, tenant, ct);
        ClinicCount = clinics.Count;
        CurrentClinic = ClinicChoices.Current(clinics, tenant);
        MissingFeeSchedule = await FeeScheduleAlerts.ForAsync(db, tenant, ct);
        if (tenant.UserId is not { } me)
            return;

        var notes = db.Notes.AsNoTracking().VisibleTo(tenant);
        Drafts = await GlanceAsync(notes.Where(n => n.AuthorId == me && n.Status == NoteStatus.Draft), ct);
        ToCoSign = await GlanceAsync(notes.Where(n => n.ForwardedToId == me && n.Status == NoteStatus.Forwarded), ct);

        var myCases = await db.Cases.AsNoTracking().VisibleTo(tenant)
            .Where(c => c.AssignedTherapistId == me && c.Status == CaseStatus.Active)
            .Join(db.Patients, c => c.PatientId, p => p.Id, (c, p) => new { Case = c, Patient = p.LastName + ", " + p.FirstName })
            .ToListAsync(ct);
        // the rhythm is the patient's in the clinician's discipline, across cases (domain.md §5.5), as on the chart
        var discipline = (await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => (UserType?)u.UserType).FirstOrDefaultAsync(ct))?.Discipline()
                         ?? Discipline.PT;
        var rhythms = await NoteRhythm.StatusesAsync(db, [.. myCases.Select(c => (c.Case.PatientId, discipline))], ct);
        NeedProgressNote = myCases
            .Select(c => new GlanceCase(
                c.Case.Id, c.Case.Title, c.Case.PatientId, c.Patient, rhythms[(c.Case.PatientId, discipline)]))
            .Where(c => c.Rhythm.Alert != ProgressNoteAlert.None)
            .OrderByDescending(c => c.Rhythm.VisitsSinceEvaluation)
            .ToList();

        var medicare = await CaseRecords.MedicareCaseIdsAsync(db, [.. myCases.Select(c => c.Case)], ct);
        var plans = await CasePlanOfCare.ForAsync(db, tenant,
            [.. myCases.Select(c => new PlanOfCareCase(c.Case.Id, c.Case.ClinicId, medicare.Contains(c.Case.Id)))], clock, ct);
        PlansOfCare = myCases
            .Where(c => plans.TryGetValue(c.Case.Id, out var plan) && plan.Alert != PlanOfCareAlert.None)
            .Select(c => new GlancePlanOfCare(c.Case.Id, c.Case.Title, c.Case.PatientId, c.Patient, plans[c.Case.Id]))
            .OrderBy(c => c.Status.RenewBy)
            .ToList();
        HttpContext.AuditPatients([.. Drafts.Concat(ToCoSign).Select(n => n.PatientId),
            .. NeedProgressNote.Select(c => c.PatientId), .. PlansOfCare.Select(c => c.PatientId)]);
    }

    private async Task<IReadOnlyList<GlanceNote>> GlanceAsync(IQueryable<Data.Documentation.Note> notes, CancellationToken ct)
    {
        var rows = await notes
            .Join(db.Patients, n => n.PatientId, p => p.Id, (n, p) =>
                new { n.Id, n.Type, n.Label, n.DateOfService, n.PatientId, Patient = p.LastName + ", " + p.FirstName })
            .OrderBy(n => n.DateOfService).Take(50)
            .ToListAsync(ct);
        return rows
            .Select(n => new GlanceNote(n.Id, n.Type.DisplayName(n.Label), n.DateOfService, n.PatientId, n.Patient))
            .ToList();
    }
}

public sealed record GlanceNote(Guid Id, string Type, DateOnly DateOfService, Guid PatientId, string Patient);

public sealed record GlancePlanOfCare(Guid Id, string Title, Guid PatientId, string Patient, PlanOfCareStatus Status);

public sealed record GlanceCase(Guid Id, string Title, Guid PatientId, string Patient, ProgressNoteStatus Rhythm)
{
    public bool Due => Rhythm.Alert == ProgressNoteAlert.Required;
}
