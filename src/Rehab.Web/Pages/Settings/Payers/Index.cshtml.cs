using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Data;
using Rehab.Data.Payers;

namespace Rehab.Web.Pages.Settings.Payers;

/// <summary>The insurance administrator's list of payers with their unit rule and the settings that matter most in billing.</summary>
public sealed class IndexModel(RehabDbContext db) : PageModel
{
    public IReadOnlyList<Payer> Payers { get; private set; } = [];
    [TempData] public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Payers = await db.Payers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
}
