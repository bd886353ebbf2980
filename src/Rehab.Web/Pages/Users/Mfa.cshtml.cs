using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Users;
using Rehab.Web.Auth.Mfa;

namespace Rehab.Web.Pages.Users;

/// <summary>A user administrator's view of a colleague's second factor and its audited reset.</summary>
[Authorize(Policy = Permission.EditUsers)]
public sealed class MfaModel(MfaReset reset) : PageModel
{
    public MfaStatus? Status { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Status = await reset.StatusAsync(id, ct);
        return Status is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var (status, refusal) = await reset.ResetAsync(id, ct);
        if (refusal is null)
        {
            Notice = $"Multi-factor authentication of {status!.UserName} was reset; their sessions have ended.";
            return RedirectToPage(new { id });
        }
        if (refusal.Status == StatusCodes.Status404NotFound)
            return NotFound();
        Error = refusal.Detail;
        Status = await reset.StatusAsync(id, ct);
        return Page();
    }
}
