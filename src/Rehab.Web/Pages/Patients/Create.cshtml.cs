using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Patients;

namespace Rehab.Web.Pages.Patients;

/// <summary>The front office registers a patient at one of their clinics.</summary>
[Authorize(Policy = Permission.EditPatients)]
public sealed class CreateModel(RehabDbContext db, ITenantContext tenant, PatientEditor editor) : PatientFormPage(db, tenant, editor)
{
    public override string SubmitText => "Add patient";
    public override string CancelUrl => "/Patients";

    public Task OnGetAsync(CancellationToken ct) => LoadClinicsAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(null, ct);
}
