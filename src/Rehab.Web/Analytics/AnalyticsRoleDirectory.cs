using Microsoft.EntityFrameworkCore;
using Rehab.Core.Analytics;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Analytics;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;

namespace Rehab.Web.Analytics;

/// <summary>
/// A user's Analytics roles: the effective ones, those their permissions give, and whether an admin adjusted them.
/// </summary>
public sealed record AnalyticsRoleRow(
    Guid UserId, string UserName, string DisplayName, string UserType, bool IsActive, bool HasAnalyticsAccess,
    IReadOnlyList<string> Roles, IReadOnlyList<string> DerivedRoles, bool Adjusted);

public sealed record AnalyticsRoleResult(Guid UserId, string? UserName, string Outcome, IReadOnlyList<string> Roles, IReadOnlyList<string> Reasons);

public sealed record AnalyticsRoleBulkResponse(string Action, int Applied, int Unchanged, int Refused, int NotFound, IReadOnlyList<AnalyticsRoleResult> Results);

/// <summary>
/// Reads and changes Analytics roles. Roles are stored only once an admin adjusts them; from then on the stored
/// set is the user's, until it equals the derived set again, when the rows go and the user follows the permissions.
/// </summary>
public static class AnalyticsRoleDirectory
{
    public static async Task<List<AnalyticsRoleRow>> ListAsync(RehabDbContext db, ITenantContext tenant, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking().VisibleTo(db, tenant);
        if (only is not null)
            query = query.Where(u => only.Contains(u.Id));
        var users = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var permissions = (await db.UserPermissions.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToListAsync(ct)).ToLookup(p => p.UserId, p => p.Permission);
        var grants = (await db.AnalyticsRoleGrants.AsNoTracking().Where(g => ids.Contains(g.UserId)).ToListAsync(ct)).ToLookup(g => g.UserId, g => g.Role);
        return users.Select(u =>
        {
            var held = permissions[u.Id].ToHashSet(StringComparer.Ordinal);
            var stored = grants[u.Id].ToList();
            var hasAccess = held.Contains(Permission.AnalyticsAccess);
            return new AnalyticsRoleRow(u.Id, u.UserName!, u.DisplayName, u.UserType.ToString(), u.IsActive, hasAccess,
                Names(AnalyticsRoleAssignment.Effective(held, stored)), Names(AnalyticsRoles.Derive(held)), hasAccess && stored.Count > 0);
        }).ToList();
    }

    /// <summary>
    /// Sets explicit roles for several users; each is checked on its own, and all are saved together. The company's
    /// roster lock orders saves arriving together, so the last active Analytics Admin is counted once.
    /// </summary>
    public static async Task<List<AnalyticsRoleResult>> SetAsync(
        RehabDbContext db, ITenantContext tenant, IReadOnlyList<(Guid UserId, IReadOnlySet<AnalyticsRole> Roles)> requested, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await UserRosterLock.TakeAsync(db, tenant.CompanyId!.Value, ct);
            var results = await DecideAndSaveAsync(db, tenant, requested, ct);
            await tx.CommitAsync(ct);
            return results;
        });
    }

    private static async Task<List<AnalyticsRoleResult>> DecideAndSaveAsync(RehabDbContext db, ITenantContext tenant,
        IReadOnlyList<(Guid UserId, IReadOnlySet<AnalyticsRole> Roles)> requested, CancellationToken ct)
    {
        var admins = await ActiveAdminsAsync(db, ct);
        var ids = requested.Select(r => r.UserId).Distinct().ToList();
        var rows = (await ListAsync(db, tenant, ids, ct)).ToDictionary(r => r.UserId);
        var permissions = (await db.UserPermissions.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToListAsync(ct)).ToLookup(p => p.UserId, p => p.Permission);
        var grants = (await db.AnalyticsRoleGrants.Where(g => ids.Contains(g.UserId)).ToListAsync(ct)).ToLookup(g => g.UserId);
        var results = new List<AnalyticsRoleResult>();
        foreach (var (userId, roles) in requested)
        {
            if (!rows.TryGetValue(userId, out var row))
            {
                results.Add(new AnalyticsRoleResult(userId, null, "notFound", [], ["No user with this id that you may see."]));
                continue;
            }
            var held = permissions[userId].ToHashSet(StringComparer.Ordinal);
            var reasons = AnalyticsRoleAssignment.Refusals(held, roles);
            if (reasons.Count > 0)
            {
                results.Add(new AnalyticsRoleResult(userId, row.UserName, "refused", row.Roles, reasons));
                continue;
            }
            var current = AnalyticsRoleAssignment.Effective(held, grants[userId].Select(g => g.Role).ToList());
            if (current.SetEquals(roles))
            {
                results.Add(new AnalyticsRoleResult(userId, row.UserName, "unchanged", row.Roles, []));
                continue;
            }
            var wasAdmin = admins.Contains(userId);
            if (AnalyticsAdminRule.Refuses(wasAdmin, roles.Contains(AnalyticsRole.AnalyticsAdmin), admins.Count))
            {
                results.Add(new AnalyticsRoleResult(userId, row.UserName, "refused", row.Roles,
                    [AnalyticsAdminRule.Refusal(row.DisplayName)]));
                continue;
            }
            if (wasAdmin && !roles.Contains(AnalyticsRole.AnalyticsAdmin))
                admins.Remove(userId);
            else if (row.IsActive && roles.Contains(AnalyticsRole.AnalyticsAdmin))
                admins.Add(userId);
            db.AnalyticsRoleGrants.RemoveRange(grants[userId]);
            if (!roles.SetEquals(AnalyticsRoles.Derive(held)))
                db.AnalyticsRoleGrants.AddRange(roles.Select(r => new AnalyticsRoleGrant { CompanyId = tenant.CompanyId!.Value, UserId = userId, Role = r }));
            results.Add(new AnalyticsRoleResult(userId, row.UserName, "applied", Names(roles), []));
        }
        await db.SaveChangesAsync(ct);
        return results;
    }

    public static async Task<AnalyticsRoleBulkResponse> BulkAsync(
        RehabDbContext db, ITenantContext tenant, AnalyticsRoleBulkAction action, IReadOnlyList<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var rows = (await ListAsync(db, tenant, ids, ct)).ToDictionary(r => r.UserId);
        var requested = new List<(Guid, IReadOnlySet<AnalyticsRole>)>();
        var results = new List<AnalyticsRoleResult>();
        foreach (var id in ids)
        {
            if (rows.TryGetValue(id, out var row) && row.HasAnalyticsAccess)
                requested.Add((id, AnalyticsRoleAssignment.Apply(action, Parse(row.Roles))));
            else
                requested.Add((id, new HashSet<AnalyticsRole>()));
        }
        results.AddRange(await SetAsync(db, tenant, requested, ct));
        return new AnalyticsRoleBulkResponse(action.ToString(),
            results.Count(r => r.Outcome == "applied"), results.Count(r => r.Outcome == "unchanged"),
            results.Count(r => r.Outcome == "refused"), results.Count(r => r.Outcome == "notFound"), results);
    }

    /// <summary>The company's active users who are Analytics Admins now, whichever clinics they hold.</summary>
    public static async Task<HashSet<Guid>> ActiveAdminsAsync(RehabDbContext db, CancellationToken ct)
    {
        var withAccess = db.Users.Where(u => u.IsActive && db.UserPermissions
            .Any(p => p.UserId == u.Id && p.Permission == Permission.AnalyticsAccess)).Select(u => u.Id);
        var permissions = (await db.UserPermissions.AsNoTracking().Where(p => withAccess.Contains(p.UserId))
            .ToListAsync(ct)).ToLookup(p => p.UserId, p => p.Permission);
        var grants = (await db.AnalyticsRoleGrants.AsNoTracking().Where(g => withAccess.Contains(g.UserId))
            .ToListAsync(ct)).ToLookup(g => g.UserId, g => g.Role);
        return permissions
            .Where(p => AnalyticsRoleAssignment.IsAdmin(p.ToHashSet(StringComparer.Ordinal), grants[p.Key].ToList()))
            .Select(p => p.Key).ToHashSet();
    }

    public static IReadOnlyList<string> Names(IEnumerable<AnalyticsRole> roles) => roles.Order().Select(r => r.ToString()).ToList();

    private static HashSet<AnalyticsRole> Parse(IEnumerable<string> names) => names.Select(Enum.Parse<AnalyticsRole>).ToHashSet();
}
