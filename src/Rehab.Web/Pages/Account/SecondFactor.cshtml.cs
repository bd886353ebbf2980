using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Web.Auth.Mfa;
using Rehab.Web.Settings;

namespace Rehab.Web.Pages.Account;

/// <summary>The second step of signing in: the authenticator's code or a recovery code after the password.</summary>
[AllowAnonymous]
public sealed class SecondFactorModel(MfaSignIn mfa) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await mfa.PendingUserAsync() is null ? RedirectToPage("/Login") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await mfa.PendingUserAsync() is not { } user)
            return RedirectToPage("/Login");
        var answer = new SecondFactorAnswer(Code, RecoveryCode);
        if (!answer.IsGiven || (Code?.Length ?? 0) > SecondFactorAnswer.MaximumLength
            || (RecoveryCode?.Length ?? 0) > SecondFactorAnswer.MaximumLength)
        {
            Error = "Enter the six-digit code from your authenticator app, or one of your recovery codes.";
            return Page();
        }
        if (!await mfa.CompleteAsync(user, answer, ct))
        {
            Error = "That code is wrong or was used already, or the account is locked.";
            return Page();
        }
        TempData[FeeScheduleAlerts.ShowAfterSignIn] = true;
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
