using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Pages.Organization.Clinics;

/// <summary>The company administrator changes a clinic's details.</summary>
[Authorize(Policy = Permission.CompanyAdmin)]
public sealed class EditModel(RehabDbContext db, ITenantContext tenant) : ClinicFormPage(db)
{
    [TempData] public string? Notice { get; set; }
    public string ClinicName { get; private set; } = "";

    public override string SubmitText => "Save changes";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var clinic = await Db.Clinics.AsNoTracking().VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clinic is null)
            return NotFound();
        ClinicName = clinic.Name;
        Input = ClinicDetails.From(clinic);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var clinic = await Db.Clinics.VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clinic is null)
            return NotFound();
        ClinicName = clinic.Name;
        if (!await ValidateAsync(id, ct))
            return Page();

        Input.ApplyTo(clinic);
        await Db.SaveChangesAsync(ct);
        Notice = $"Clinic {clinic.Name} saved.";
        return RedirectToPage("Index");
    }
}
