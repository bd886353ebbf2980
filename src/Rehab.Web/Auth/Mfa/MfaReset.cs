using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Users;

namespace Rehab.Web.Auth.Mfa;

/// <summary>Whether a user signs in with a second factor, and whether the company requires them to.</summary>
public sealed record MfaStatus(Guid UserId, string UserName, bool Enrolled, int RecoveryCodesLeft, bool Required);

/// <summary>
/// An administrator with Edit Users turns off a colleague's second factor, for a lost phone: the old key and recovery
/// codes stop working, the user's sessions end, and they enrol again at their next sign-in if the company requires it.
/// Nobody resets their own this way.
/// </summary>
public sealed class MfaReset(RehabDbContext db, ITenantContext tenant, UserManager<RehabUser> users, MfaPolicy policy,
    AuditLog audit)
{
    public async Task<MfaStatus?> StatusAsync(Guid userId, CancellationToken ct) =>
        await FindAsync(userId, ct) is { } user ? await StatusOfAsync(user, ct) : null;

    public async Task<(MfaStatus? Status, UserRefusal? Refusal)> ResetAsync(Guid userId, CancellationToken ct)
    {
        if (await FindAsync(userId, ct) is not { } user)
            return (null, UserEditor.NotFound());
        if (user.Id == tenant.UserId)
            return (null, new(StatusCodes.Status409Conflict, "Not your own",
                "Another user with Edit Users resets your multi-factor authentication; you can turn yours off on the " +
                "sign-in security page when the company allows it."));
        await MfaEnrolment.RemoveAsync(users, user);
        await audit.RecordAsync(new AuditEvent(AuditAction.Delete, MfaEnrolment.Entity, AuditOutcome.Success,
            EntityId: user.Id.ToString(),
            Details: $"multi-factor authentication of {user.UserName} reset by an administrator"), ct);
        return (await StatusOfAsync(user, ct), null);
    }

    private async Task<RehabUser?> FindAsync(Guid userId, CancellationToken ct) =>
        await db.Users.VisibleTo(db, tenant).AnyAsync(u => u.Id == userId, ct)
            ? await users.FindByIdAsync(userId.ToString())
            : null;

    private async Task<MfaStatus> StatusOfAsync(RehabUser user, CancellationToken ct) => new(user.Id, user.UserName!,
        user.TwoFactorEnabled, user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
        await policy.MustEnrolAsync(user, ct));
}

public static class MfaEndpoints
{
    public static void MapMfaEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users/{id:guid}/mfa").WithTags("Users");
        group.MapGet("/", StatusAsync).RequireAuthorization(Permission.ViewUsers)
            .WithSummary("Whether the user signs in with multi-factor authentication");
        group.MapPost("/reset", ResetAsync).RequireAuthorization(Permission.EditUsers)
            .WithSummary("Reset the user's multi-factor authentication")
            .WithDescription("For a lost phone: turns the user's authenticator off, voids their recovery codes and " +
                             "ends their sessions; audited. They enrol again at their next sign-in when the " +
                             "company requires it. Not for your own account (409).");
    }

    private static async Task<Results<Ok<MfaStatus>, ProblemHttpResult>> StatusAsync(Guid id, MfaReset reset,
        CancellationToken ct) =>
        await reset.StatusAsync(id, ct) is { } status
            ? TypedResults.Ok(status)
            : UserEndpoints.Problem(UserEditor.NotFound());

    private static async Task<Results<Ok<MfaStatus>, ProblemHttpResult>> ResetAsync(Guid id, MfaReset reset,
        CancellationToken ct)
    {
        var (status, refusal) = await reset.ResetAsync(id, ct);
        return refusal is null ? TypedResults.Ok(status!) : UserEndpoints.Problem(refusal);
    }
}
