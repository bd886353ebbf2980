using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Patients;

namespace Rehab.Web.Pages.Patients;

/// <summary>The front office changes a patient's details.</summary>
[Authorize(Policy = Permission.EditPatients)]
[AuditsReads("Patient")]
public sealed class EditModel(RehabDbContext db, ITenantContext tenant, PatientEditor editor) : PatientFormPage(db, tenant, editor)
{
    [FromRoute] public Guid Id { get; set; }

    public override string SubmitText => "Save changes";
    public override string CancelUrl => $"/Patients/{Id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var patient = await Db.Patients.AsNoTracking().VisibleTo(Db, Tenant).FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (patient is null)
            return NotFound();
        HttpContext.AuditPatient(patient.Id);
        Input = PatientForm.From(patient);
        await LoadClinicsAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(Id, ct);
}
