using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Data.Users;
using Rehab.Web.Auth.Mfa;

namespace Rehab.Web.Pages.Account;

/// <summary>
/// Sign-in security: enrol an authenticator app, make new recovery codes, or turn it off. Also the page a user whom
/// the company requires to enrol lands on right after their password, before they are signed in.
/// </summary>
[AllowAnonymous]
public sealed class MfaModel(UserManager<RehabUser> users, MfaSignIn mfa, MfaPolicy policy, MfaEnrolment enrolment)
    : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [TempData] public string? Notice { get; set; }
    public AuthenticatorSetup? Setup { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }
    public bool Enrolled { get; private set; }
    public bool Required { get; private set; }
    /// <summary>Enrolling as part of signing in: the password was right, nobody is signed in yet.</summary>
    public bool Pending { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string? Error { get; private set; }

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await WhoAsync(ct) is { } user ? await ShowAsync(user, ct) : RedirectToPage("/Login");

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) => StepAsync(async (user, ct) =>
    {
        var step = await enrolment.ConfirmAsync(user, Code, signedIn: !Pending, ct);
        if (step.Error is null && Pending)
            await mfa.CompleteEnrolmentAsync(user, ct);
        return step;
    }, ct);

    public Task<IActionResult> OnPostRegenerateAsync(CancellationToken ct) =>
        StepAsync((user, ct) => enrolment.RegenerateCodesAsync(user, Code, ct), ct, signedInOnly: true);

    public Task<IActionResult> OnPostTurnOffAsync(CancellationToken ct) =>
        StepAsync((user, ct) => enrolment.TurnOffAsync(user, Code, ct), ct, signedInOnly: true);

    private async Task<IActionResult> StepAsync(Func<RehabUser, CancellationToken, Task<MfaStep>> work,
        CancellationToken ct, bool signedInOnly = false)
    {
        if (await WhoAsync(ct) is not { } user || (signedInOnly && Pending))
            return RedirectToPage("/Login");
        var step = await work(user, ct);
        Error = step.Error;
        if (step is { Error: null, RecoveryCodes: null })
        {
            Notice = "Multi-factor authentication is off. You can enrol an authenticator app again below.";
            return RedirectToPage();
        }
        RecoveryCodes = step.RecoveryCodes;
        Pending = Pending && step.Error is not null;
        return await ShowAsync(user, ct);
    }

    private async Task<IActionResult> ShowAsync(RehabUser user, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Enrolled = user.TwoFactorEnabled;
        Required = await policy.MustEnrolAsync(user, ct);
        if (Enrolled)
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        else
            Setup = await enrolment.SetupAsync(user, signedIn: !Pending);
        return Page();
    }

    /// <summary>The signed-in user, or one half-way through signing in whom the company requires to enrol.</summary>
    private async Task<RehabUser?> WhoAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true)
            return await users.GetUserAsync(User);
        Pending = true;
        return await mfa.PendingUserAsync() is { TwoFactorEnabled: false } user && await policy.MustEnrolAsync(user, ct)
            ? user
            : null;
    }
}
