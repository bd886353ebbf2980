using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;

namespace Rehab.Web.Users;

/// <summary>
/// A user administrator ends a lockout before its time (after the user proved who they are), and the wrong-password
/// count starts over. The change is a user row write, so the audit trail records who unlocked whom (ONC 170.315(d)(2)).
/// </summary>
public sealed class UnlockAccount(RehabDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public sealed record Answer(Guid Id, string DisplayName, bool WasLocked);

    public static void MapUnlockAccount(RouteGroupBuilder api) =>
        api.MapPost("/users/{id:guid}/unlock", PostAsync)
            .RequireAuthorization(Permission.EditUsers)
            .WithTags("Users")
            .WithSummary("Unlock an account locked after too many wrong passwords")
            .WithDescription("Ends the lockout now and resets the count of wrong passwords; unlocking an account " +
                             "that is not locked changes nothing.");

    /// <summary>The user unlocked, or null when the caller may not see a user with this id.</summary>
    public async Task<Answer?> UnlockAsync(Guid id, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(db, tenant).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return null;
        var wasLocked = IsLocked(user, clock);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await db.SaveChangesAsync(ct);
        return new Answer(user.Id, user.DisplayName, wasLocked);
    }

    public static bool IsLocked(RehabUser user, TimeProvider clock) => user.LockoutEnd > clock.GetUtcNow();

    private static async Task<Results<Ok<Answer>, ProblemHttpResult>> PostAsync(
        Guid id, [FromServices] UnlockAccount unlock, CancellationToken ct) =>
        await unlock.UnlockAsync(id, ct) is { } answer
            ? TypedResults.Ok(answer)
            : UserEndpoints.Problem(UserEditor.NotFound());
}
