using Microsoft.AspNetCore.Mvc;
using Rehab.Data;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Organization;

/// <summary>The clinic picker in the page header, for people who work in more than one clinic.</summary>
public sealed class ClinicSwitcher(RehabDbContext db, ITenantContext tenant) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var clinics = await ClinicChoices.VisibleAsync(db, tenant, HttpContext.RequestAborted);
        if (clinics.Count < 2)
            return Content("");
        var returnUrl = HttpMethods.IsGet(Request.Method) ? Request.PathBase + Request.Path + Request.QueryString : "/";
        return View("~/Pages/Shared/_ClinicSwitcher.cshtml",
            new ClinicSwitcherModel(clinics, ClinicChoices.Current(clinics, tenant)?.Id, returnUrl));
    }
}

public sealed record ClinicSwitcherModel(IReadOnlyList<ClinicChoice> Clinics, Guid? CurrentId, string ReturnUrl);
