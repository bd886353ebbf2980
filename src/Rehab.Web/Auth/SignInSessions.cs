using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rehab.Core.Audit;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Users;

namespace Rehab.Web.Auth;

/// <summary>
/// Server-side sign-ins: started at sign-in, checked on every request (from a cache of a few seconds), ended at
/// sign-out, and for tokens, moved on at every refresh so that a refresh token works once (ASVS 7.2, 7.4).
/// </summary>
public sealed class SignInSessions(
    RehabDbContext db, SessionCache cache, AuditLog audit, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public async Task<Guid> StartAsync(RehabUser user)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            Id = Guid.CreateVersion7(now), UserId = user.Id, CompanyId = user.CompanyId,
            StartedAt = now, EndsAt = now + SessionRules.AbsoluteLifetime,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>True until the sign-in ends or reaches its absolute end, and while its user is unchanged.</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.SessionId() is not { } id)
            return false;
        var state = cache.Get(id);
        if (state is null)
        {
            state = await db.UserSessions.IgnoreQueryFilters().AsNoTracking()
                .Where(s => s.Id == id)
                .Join(db.Users.IgnoreQueryFilters(), s => s.UserId, u => u.Id, (s, u) =>
                    new SessionState(s.UserId, u.SecurityStamp, u.IsActive, s.EndsAt, s.EndedAt != null))
                .FirstOrDefaultAsync(ct);
            if (state is null)
                return false;
            cache.Set(id, state);
        }
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return !state.Ended && state.UserActive && clock.GetUtcNow() < state.EndsAt
               && string.Equals(stamp, state.SecurityStamp, StringComparison.Ordinal);
    }

    public async Task EndAsync(ClaimsPrincipal principal, string reason, CancellationToken ct)
    {
        if (principal.SessionId() is not { } id)
            return;
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == id && s.EndedAt == null, ct);
        if (session is not null)
            await EndAsync(session, reason, ct);
    }

    /// <summary>
    /// Moves the family to its next refresh token, or null when the token is not the family's latest. A token used
    /// twice was copied: the whole family ends, access tokens included (ASVS 7.2.4, RFC 9700 §4.14.2).
    /// </summary>
    public async Task<int?> RotateAsync(ClaimsPrincipal refreshPrincipal, CancellationToken ct)
    {
        if (refreshPrincipal.SessionId() is not { } id || refreshPrincipal.Generation() is not { } generation)
            return null;
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null || session.EndedAt is not null || clock.GetUtcNow() >= session.EndsAt)
            return null;
        if (session.RefreshGeneration != generation)
        {
            await EndAsync(session, "refresh token reused", ct);
            return null;
        }
        session.RefreshGeneration = generation + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await EndAsync(refreshPrincipal, "refresh token reused", ct);
            return null;
        }
        return session.RefreshGeneration;
    }

    private async Task EndAsync(UserSession session, string reason, CancellationToken ct)
    {
        session.EndedAt = clock.GetUtcNow();
        session.EndReason = reason;
        // Saves the ended session with its audit entry.
        await audit.RecordAsync(new AuditEvent(AuditAction.SessionEnded, "UserSession", AuditOutcome.Success,
            EntityId: session.Id.ToString(), CompanyId: session.CompanyId, UserId: session.UserId,
            Details: reason), ct);
        cache.Forget(session.Id);
    }
}
