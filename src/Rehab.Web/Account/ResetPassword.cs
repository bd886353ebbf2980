using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Core.Common;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;

namespace Rehab.Web.Account;

public sealed record ResetPasswordRequest(string? NewPassword);

/// <summary>
/// A user manager sets another user's password: the user must change it at their next sign-in, and every sign-in
/// they hold ends now.
/// </summary>
public sealed class ResetPassword(
    RehabDbContext db, UserManager<RehabUser> users, ITenantContext tenant, AuditLog audit)
{
    /// <summary>Null when no user with this id is visible to the admin.</summary>
    public async Task<Decision?> HandleAsync(Guid userId, ResetPasswordRequest request, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(db, tenant).FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
            return null;
        var problems = new List<Problem>();
        if (user.Id == tenant.UserId)
            problems.Add(new("userId", "Change your own password on the password page, with your current password.",
                ProblemKind.Conflict));
        NewPassword.Check(problems, "newPassword", request.NewPassword);
        if (problems.Count > 0)
            return new Decision(problems);

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, request.NewPassword!);
        if (!reset.Succeeded)
            return new Decision(NewPassword.From(reset, "newPassword"));
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditAction.PasswordReset, "User", AuditOutcome.Success,
            EntityId: user.Id.ToString(), Details: "change required at next sign-in"), ct);
        return Decision.Allowed;
    }
}
