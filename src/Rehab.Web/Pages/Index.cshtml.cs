using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Organization;

namespace Rehab.Web.Pages;

public sealed class IndexModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    public string CompanyName { get; private set; } = "";
    public ClinicChoice? CurrentClinic { get; private set; }
    public int ClinicCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CompanyName = await db.Companies.Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "";
        var clinics = await ClinicChoices.VisibleAsync(db, tenant, ct);
        ClinicCount = clinics.Count;
        CurrentClinic = ClinicChoices.Current(clinics, tenant);
    }
}
