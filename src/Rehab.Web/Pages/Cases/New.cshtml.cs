using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Cases;

namespace Rehab.Web.Pages.Cases;

/// <summary>Open a case (episode of care) for a patient, with its policies, therapist, diagnoses, authorization and referral.</summary>
[Authorize(Policy = Permission.EditPatients)]
[AuditsReads("Patient")]
public sealed class NewModel(RehabDbContext db, ITenantContext tenant, CaseEditor editor) : CaseFormPage(db, tenant)
{
    [FromRoute] public Guid PatientId { get; set; }

    public override bool RecordsReferral => true;
    public override string SubmitText => "Open case";
    public override string CancelUrl => $"/Patients/{PatientId}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await FindPatientAsync(ct))
            return NotFound();
        Input.ClinicId = Patient.ClinicId;
        Input.AssignedTherapistId = await editor.DefaultTherapistAsync(ct);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await FindPatientAsync(ct) ? await SaveAsync(input => editor.OpenAsync(PatientId, input, ct), ct) : NotFound();

    private async Task<bool> FindPatientAsync(CancellationToken ct)
    {
        var patient = await Db.Patients.AsNoTracking().VisibleTo(Db, Tenant).FirstOrDefaultAsync(p => p.Id == PatientId, ct);
        if (patient is null)
            return false;
        Patient = patient;
        HttpContext.AuditPatient(patient.Id);
        return true;
    }
}
