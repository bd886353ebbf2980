using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Pages.Organization.Clinics;

/// <summary>The company administrator adds a clinic.</summary>
[Authorize(Policy = Permission.CompanyAdmin)]
public sealed class CreateModel(RehabDbContext db, ITenantContext tenant) : ClinicFormPage(db)
{
    [TempData] public string? Notice { get; set; }

    public override string SubmitText => "Add clinic";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ValidateAsync(null, ct))
            return Page();

        var clinic = Input.ToNewClinic(tenant.CompanyId!.Value);
        Db.Clinics.Add(clinic);
        await Db.SaveChangesAsync(ct);
        Notice = $"Clinic {clinic.Name} added.";
        return RedirectToPage("Index");
    }
}
