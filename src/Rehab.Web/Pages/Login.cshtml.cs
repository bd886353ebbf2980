using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Rehab.Core.Users;
using Rehab.Web.Auth;
using Rehab.Web.Auth.Mfa;
using Rehab.Web.Settings;

namespace Rehab.Web.Pages;

[EnableRateLimiting(SignInThrottle.Policy)]
public sealed class LoginModel(PasswordLogin login) : PageModel
{
    [BindProperty] public string? Username { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrEmpty(Password) || Password.Length > PasswordRules.MaximumLength)
        {
            Error = "Enter your username and password.";
            return Page();
        }
        var result = await login.SignInAsync(IdentityConstants.ApplicationScheme, Username.Trim(), Password, ct);
        if (result.Outcome == LoginOutcome.Refused)
        {
            Error = "The username or password is wrong, or the account is locked or inactive.";
            return Page();
        }
        if (result.Outcome != LoginOutcome.SignedIn)
            return RedirectToPage(
                result.Outcome == LoginOutcome.SecondFactorRequired ? "/Account/SecondFactor" : "/Account/Mfa",
                new { ReturnUrl });
        TempData[FeeScheduleAlerts.ShowAfterSignIn] = true;
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
