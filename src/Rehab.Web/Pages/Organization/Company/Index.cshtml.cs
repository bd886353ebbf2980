using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Organization;
using Rehab.Data;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Organization.Company;

/// <summary>The company administrator changes the company's name, tax id and phone.</summary>
public sealed class IndexModel(RehabDbContext db) : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["name", "taxId", "phone"];

    [BindProperty] public CompanyDetails Input { get; set; } = new(null, null, null);
    [TempData] public string? Notice { get; set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(ct);
        if (company is null)
            return NotFound();
        Input = CompanyDetails.From(company);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var company = await db.Companies.SingleOrDefaultAsync(ct);
        if (company is null)
            return NotFound();
        Errors.AddAll(Input.Validate().ToDictionary());
        if (Errors.Any)
            return Page();

        Input.ApplyTo(company);
        await db.SaveChangesAsync(ct);
        Notice = "Company details saved.";
        return RedirectToPage();
    }
}
