using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Web.Auth;

namespace Rehab.Web.Pages;

public sealed class LogoutModel(PasswordLogin login) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await login.SignOutAsync(ct);
        return RedirectToPage("/Login");
    }
}
