using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Account;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Users;

/// <summary>A user manager sets a user's password; the user changes it at their next sign-in.</summary>
[Authorize(Policy = Permission.EditUsers)]
public sealed class ResetPasswordModel(RehabDbContext db, ITenantContext tenant, ResetPassword reset) : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["newPassword", "userId"];

    [BindProperty] public string? NewPassword { get; set; }
    [TempData] public string? Notice { get; set; }
    public FormErrors Errors { get; } = new();
    public string DisplayName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)
            || await reset.HandleAsync(id, new ResetPasswordRequest(NewPassword), ct) is not { } decision)
            return NotFound();
        if (!decision.IsAllowed)
        {
            Errors.AddAll(decision.ToDictionary());
            return Page();
        }
        Notice = $"The password of {DisplayName} is reset; they must change it at their next sign-in.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var name = await db.Users.AsNoTracking().VisibleTo(db, tenant).Where(u => u.Id == id)
            .Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        DisplayName = name ?? "";
        return name is not null;
    }
}
