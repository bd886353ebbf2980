using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Patients;

namespace Rehab.Web.Pages.Patients;

/// <summary>Patients of the user's clinics, found by name, date of birth or medical record number.</summary>
[AuditsReads("Patient")]
public sealed class IndexModel(
    RehabDbContext db, ITenantContext tenant, IAuthorizationService authorization, BreakTheGlass breakTheGlass)
    : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["q"];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [TempData] public string? Notice { get; set; }
    public FormErrors Errors { get; } = new();
    public IReadOnlyList<Patient> Patients { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> ClinicNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanEdit { get; private set; }
    /// <summary>Offered to every licensed clinician who does not see all clinics, whatever the search found.</summary>
    public bool CanBreakTheGlass { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Permission.EditPatients)).Succeeded;
        CanBreakTheGlass = tenant.ClinicIds is not null && await breakTheGlass.WhyNotAsync(ct) is null;
        var search = new PatientSearch(Q);
        Errors.AddAll(search.Validate().ToDictionary());
        if (Errors.Any)
            return;
        Patients = await search.RunAsync(db, tenant, ct);
        HttpContext.AuditPatients(Patients.Select(p => p.Id));
        ClinicNames = await db.Clinics.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }
}
