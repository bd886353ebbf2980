using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Analytics;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Analytics;

namespace Rehab.Web.Pages.Analytics.Roles;

/// <summary>User Role Management: each user's Analytics roles as checkboxes, saved with Update Roles.</summary>
public sealed class IndexModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    public IReadOnlyList<AnalyticsRoleRow> Users { get; private set; } = [];
    public IReadOnlyList<AnalyticsRoleResult> Results { get; private set; } = [];

    /// <summary>The users shown with checkboxes; a user listed here with no box ticked asks for no roles.</summary>
    [BindProperty] public List<Guid> UserIds { get; set; } = [];
    /// <summary>Ticked boxes as "userId:Role".</summary>
    [BindProperty] public List<string> Roles { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await AnalyticsRoleDirectory.ListAsync(db, tenant, null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ticked = Roles.Select(v => v.Split(':')).Where(p => p.Length == 2 && Guid.TryParse(p[0], out _) && Enum.TryParse<AnalyticsRole>(p[1], out _))
            .ToLookup(p => Guid.Parse(p[0]), p => Enum.Parse<AnalyticsRole>(p[1]));
        var requested = UserIds.Distinct().Select(id => (id, (IReadOnlySet<AnalyticsRole>)ticked[id].ToHashSet())).ToList();
        Results = (await AnalyticsRoleDirectory.SetAsync(db, tenant, requested, ct)).Where(r => r.Outcome != "unchanged").ToList();
        Users = await AnalyticsRoleDirectory.ListAsync(db, tenant, null, ct);
        return Page();
    }
}
