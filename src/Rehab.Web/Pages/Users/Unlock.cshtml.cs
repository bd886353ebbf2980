using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Users;
using Rehab.Web.Users;

namespace Rehab.Web.Pages.Users;

/// <summary>The edit page's "Unlock account" button posts here.</summary>
[Authorize(Policy = Permission.EditUsers)]
public sealed class UnlockModel(UnlockAccount unlock) : PageModel
{
    [TempData] public string? Notice { get; set; }

    public IActionResult OnGet(Guid id) => RedirectToPage("Edit", new { id });

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await unlock.UnlockAsync(id, ct) is not { } answer)
            return NotFound();
        Notice = answer.WasLocked
            ? $"The account of {answer.DisplayName} is unlocked."
            : $"{answer.DisplayName} was not locked.";
        return RedirectToPage("Index");
    }
}
