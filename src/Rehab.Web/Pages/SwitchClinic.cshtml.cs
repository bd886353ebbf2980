using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;
using Rehab.Web.Auth;

namespace Rehab.Web.Pages;

/// <summary>Sets the clinic the person is working in, remembered in this browser.</summary>
public sealed class SwitchClinicModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(Guid? clinicId, string? returnUrl, CancellationToken ct)
    {
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (clinicId is not { } id)
            return LocalRedirect(back);
        if (!await db.Clinics.VisibleTo(tenant).AnyAsync(c => c.Id == id, ct))
            return NotFound();

        Response.Cookies.Append(HttpTenantContext.CurrentClinicCookie, id.ToString(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = Request.IsHttps,
            IsEssential = true,
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
        });
        return LocalRedirect(back);
    }
}
