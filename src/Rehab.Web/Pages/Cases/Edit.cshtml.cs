using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Cases;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Cases;

namespace Rehab.Web.Pages.Cases;

/// <summary>Change a case; saving over someone else's newer save is refused, naming who changed what.</summary>
[Authorize(Policy = Permission.EditPatients)]
[AuditsReads("Case")]
public sealed class EditModel(RehabDbContext db, ITenantContext tenant, CaseEditor editor) : CaseFormPage(db, tenant)
{
    [FromRoute] public Guid Id { get; set; }

    public override bool RecordsReferral => false;
    public override string SubmitText => "Save changes";
    public override string CancelUrl => $"/Cases/{Id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } found)
            return NotFound();
        Input = CaseForm.From(found);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } found)
            return NotFound();
        Input.ClinicId = found.ClinicId;
        return await SaveAsync(input => editor.ChangeAsync(Id, input, ct), ct);
    }

    private async Task<Case?> FindAsync(CancellationToken ct)
    {
        var found = await Db.Cases.AsNoTracking().VisibleTo(Tenant).FirstOrDefaultAsync(c => c.Id == Id, ct);
        if (found is null)
            return null;
        Patient = await Db.Patients.AsNoTracking().SingleAsync(p => p.Id == found.PatientId, ct);
        HttpContext.AuditPatient(found.PatientId);
        return found;
    }
}
