using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Pages.Organization.Clinics;

/// <summary>The clinics the user may see; administrators also add and edit them from here.</summary>
public sealed class IndexModel(RehabDbContext db, ITenantContext tenant, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];
    public bool CanManage { get; private set; }
    /// <summary>Clinic administrators open each clinic's settings from here.</summary>
    public bool CanSetUp { get; private set; }
    [TempData] public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Clinics = await db.Clinics.AsNoTracking().VisibleTo(tenant).OrderBy(c => c.Name).ToListAsync(ct);
        CanManage = (await authorization.AuthorizeAsync(User, Permission.CompanyAdmin)).Succeeded;
        CanSetUp = (await authorization.AuthorizeAsync(User, Permission.ClinicAdmin)).Succeeded;
    }
}
