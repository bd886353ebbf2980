using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Analytics;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Analytics;

namespace Rehab.Web.Pages.Analytics.Roles;

/// <summary>
/// Bulk User Role Management: Add Admin, Remove Admin, Add Billing or Remove Billing for the ticked users.
/// </summary>
public sealed class BulkModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true)] public AnalyticsRoleBulkAction Action { get; set; } = AnalyticsRoleBulkAction.AddAdmin;
    [BindProperty] public List<Guid> UserIds { get; set; } = [];

    public IReadOnlyList<AnalyticsRoleRow> Users { get; private set; } = [];
    public AnalyticsRoleBulkResponse? Outcome { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await LoadAsync(ct);

    /// <summary>Ticks every user and keeps the chosen action: the form posts its state, nothing is saved.</summary>
    public async Task<IActionResult> OnPostCheckAllAsync(CancellationToken ct)
    {
        Users = await LoadAsync(ct);
        UserIds = Users.Select(u => u.UserId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostUncheckAllAsync(CancellationToken ct)
    {
        Users = await LoadAsync(ct);
        UserIds = [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (UserIds.Count == 0)
            Problem = "Tick at least one user.";
        else
            Outcome = await AnalyticsRoleDirectory.BulkAsync(db, tenant, Action, UserIds, ct);
        Users = await LoadAsync(ct);
        return Page();
    }

    private async Task<IReadOnlyList<AnalyticsRoleRow>> LoadAsync(CancellationToken ct) =>
        (await AnalyticsRoleDirectory.ListAsync(db, tenant, null, ct)).Where(u => u.HasAnalyticsAccess).ToList();
}
