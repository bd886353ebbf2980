using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Data.Users;
using Rehab.Web.Account;
using Rehab.Web.Auth;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Account;

/// <summary>Change your own password; where it expired or an admin reset it, the only page a sign-in reaches.</summary>
public sealed class PasswordModel(ChangePassword change, SignInManager<RehabUser> signIn) : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["currentPassword", "newPassword", "confirmPassword"];

    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    [TempData] public string? Notice { get; set; }
    public FormErrors Errors { get; } = new();
    public bool Required => User.MustChangePassword();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            Errors.Add("confirmPassword", "The two new passwords differ.");
            return Page();
        }
        var decision = await change.HandleAsync(User, new ChangePasswordRequest(CurrentPassword, NewPassword), ct);
        if (!decision.IsAllowed)
        {
            Errors.AddAll(decision.ToDictionary());
            return Page();
        }
        // The change ended every sign-in of the account; this browser goes on with a new one.
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
            await signIn.SignInAsync(user, isPersistent: false);
        Notice = "Your password is changed. Every other sign-in of your account has ended.";
        return RedirectToPage();
    }
}
