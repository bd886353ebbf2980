using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Rehab.Core.Audit;
using Rehab.Core.Common;
using Rehab.Core.Users;
using Rehab.Data.Audit;
using Rehab.Data.Users;
using Rehab.Web.Auth;

namespace Rehab.Web.Account;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>
/// A signed-in user changes their own password with the current one. Every sign-in they hold ends, this one too;
/// the page signs them in again (ONC 170.315(d)(1); ASVS 6.2.2, 6.2.3).
/// </summary>
public sealed class ChangePassword(SignInManager<RehabUser> signIn, SignInSessions sessions, AuditLog audit)
{
    public async Task<Decision> HandleAsync(
        ClaimsPrincipal principal, ChangePasswordRequest request, CancellationToken ct)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrEmpty(request.CurrentPassword))
            problems.Add(new("currentPassword", "Current password is required."));
        else if (request.CurrentPassword.Length > PasswordRules.MaximumLength)
            problems.Add(new("currentPassword",
                $"Current password is at most {PasswordRules.MaximumLength} characters."));
        NewPassword.Check(problems, "newPassword", request.NewPassword);
        if (problems.Count == 0 && request.NewPassword == request.CurrentPassword)
            problems.Add(new("newPassword", "The new password must differ from the current one."));
        if (problems.Count > 0)
            return new Decision(problems);

        if (await signIn.UserManager.GetUserAsync(principal) is not { } user)
            return new Decision(
                [new("currentPassword", "Sign in again to change your password.", ProblemKind.NotPermitted)]);
        var check = await signIn.CheckPasswordSignInAsync(user, request.CurrentPassword!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            var why = check.IsLockedOut ? "account locked out" : "wrong password";
            await RecordAsync(user, AuditOutcome.Failure, why, ct);
            return new Decision([new("currentPassword", check.IsLockedOut
                ? "Too many wrong passwords: the account is locked for 15 minutes."
                : "The current password is wrong.")]);
        }
        var changed = await signIn.UserManager.ChangePasswordAsync(
            user, request.CurrentPassword!, request.NewPassword!);
        if (!changed.Succeeded)
            return new Decision(NewPassword.From(changed, "newPassword"));
        await sessions.EndAsync(principal, "password changed", ct);
        await RecordAsync(user, AuditOutcome.Success, null, ct);
        return Decision.Allowed;
    }

    private Task RecordAsync(RehabUser user, string outcome, string? why, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(AuditAction.PasswordChanged, "User", outcome, EntityId: user.Id.ToString(),
            CompanyId: user.CompanyId, UserId: user.Id, UserName: user.UserName, Details: why), ct);
}
