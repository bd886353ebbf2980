using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Data;

namespace Rehab.Web.Pages;

public sealed class IndexModel(RehabDbContext db) : PageModel
{
    public string CompanyName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct) =>
        CompanyName = await db.Companies.Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "";
}
