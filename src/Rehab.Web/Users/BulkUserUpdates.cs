using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Analytics;
using Rehab.Web.Auth;

namespace Rehab.Web.Users;

/// <summary>Which users a bulk update is for: any of type, status (active, inactive, all), clinic and name.</summary>
public sealed record BulkUserFilter(string? Type = null, string? Status = null, Guid? ClinicId = null, string? Name = null);

/// <summary>
/// A bulk update: the users (by id, by filter, or the users of the filter among the ids) and the change.
/// With <c>preview</c> the result is computed and nothing is saved.
/// </summary>
public sealed record BulkUserUpdateRequest(
    IReadOnlyList<Guid>? UserIds = null,
    BulkUserFilter? Filter = null,
    IReadOnlyList<string>? AddPermissions = null,
    IReadOnlyList<string>? RemovePermissions = null,
    IReadOnlyList<Guid>? AddClinics = null,
    IReadOnlyList<Guid>? RemoveClinics = null,
    bool Preview = false);

public sealed record ClinicRef(Guid Id, string Name);

public sealed record BulkUserChanges(
    IReadOnlyList<string> AddedPermissions,
    IReadOnlyList<string> RemovedPermissions,
    IReadOnlyList<ClinicRef> AddedClinics,
    IReadOnlyList<ClinicRef> RemovedClinics);

/// <summary>One user's result: outcome is applied, unchanged, refused or notFound.</summary>
public sealed record BulkUserResultRow(Guid UserId, string? UserName, string? DisplayName, string Outcome, BulkUserChanges? Changes, IReadOnlyList<string> Reasons);

public sealed record BulkUserUpdateResponse(
    bool Preview, int Applied, int Unchanged, int Refused, int NotFound, IReadOnlyList<BulkUserResultRow> Results)
{
    public bool PartialSuccess => Refused + NotFound > 0 && Applied + Unchanged > 0;
}

/// <summary>
/// Runs a bulk user update for the API and the page. Every user's part is decided by <see cref="BulkUserUpdate"/>
/// before anything is written; the applied parts are then saved in one transaction, so the result reported is
/// exactly what the database holds.
/// </summary>
public static class BulkUserUpdates
{
    public const string OutcomeApplied = "applied";
    public const string OutcomeUnchanged = "unchanged";
    public const string OutcomeRefused = "refused";
    public const string OutcomeNotFound = "notFound";

    public static async Task<(BulkUserUpdateResponse? Response, ValidationErrors Errors)> RunAsync(
        RehabDbContext db, ITenantContext tenant, ClaimsPrincipal admin, BulkUserUpdateRequest request, CancellationToken ct)
    {
        if (request.Preview)
            return await DecideAsync(db, tenant, admin, request, ct);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            // The user-manager and Analytics Admin rules count the company's holders: read them under the roster lock.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await UserRosterLock.TakeAsync(db, tenant.CompanyId!.Value, ct);
            var result = await DecideAsync(db, tenant, admin, request, ct);
            if (result.Response is not null)
                await tx.CommitAsync(ct);
            return result;
        });
    }

    private static async Task<(BulkUserUpdateResponse? Response, ValidationErrors Errors)> DecideAsync(RehabDbContext db,
        ITenantContext tenant, ClaimsPrincipal admin, BulkUserUpdateRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (request.UserIds is not { Count: > 0 } && request.Filter is null)
            errors.Add("userIds", "Choose the users: give their ids or a filter.");
        UserType? type = null;
        if (request.Filter?.Type is { Length: > 0 } typeText)
        {
            if (Enum.TryParse<UserType>(typeText, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
                type = parsed;
            else
                errors.Add("filter.type", $"'{typeText}' is not a user type.");
        }
        var status = request.Filter?.Status?.ToLowerInvariant();
        if (status is not (null or "" or "all" or "active" or "inactive"))
            errors.Add("filter.status", "Status is active, inactive or all.");

        var change = new BulkUserChange(
            (request.AddPermissions ?? []).ToHashSet(StringComparer.Ordinal),
            (request.RemovePermissions ?? []).ToHashSet(StringComparer.Ordinal),
            (request.AddClinics ?? []).ToHashSet(),
            (request.RemoveClinics ?? []).ToHashSet());
        var clinics = await db.Clinics.AsNoTracking().VisibleTo(tenant)
            .Select(c => new ClinicRef(c.Id, c.Name)).ToDictionaryAsync(c => c.Id, ct);
        if (change.AddClinics.Any(c => !clinics.ContainsKey(c)))
            errors.Add("addClinics", "Some clinics to add are not clinics of the company you have access to.");
        if (change.RemoveClinics.Any(c => !clinics.ContainsKey(c)))
            errors.Add("removeClinics", "Some clinics to remove are not clinics of the company you have access to.");
        if (!errors.IsValid)
            return (null, errors);

        var actor = new BulkUserActor(
            admin.FindAll(RehabClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal), tenant.ClinicIds);
        var changeErrors = BulkUserUpdate.Validate(change, actor);
        if (!changeErrors.IsValid)
            return (null, changeErrors);

        var query = request.Filter is { } filter
            ? Matching(db, tenant, type, status, filter.ClinicId, filter.Name)
            : db.Users.VisibleTo(db, tenant);
        var requestedIds = request.UserIds?.Distinct().ToList();
        if (requestedIds is { Count: > 0 })
            query = query.Where(u => requestedIds.Contains(u.Id));

        var users = await query.ToListAsync(ct);
        var ordered = requestedIds is { Count: > 0 }
            ? requestedIds.Select(id => users.FirstOrDefault(u => u.Id == id)).OfType<RehabUser>().ToList()
            : users.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).ToList();
        var ids = ordered.Select(u => u.Id).ToList();
        var permissions = (await db.UserPermissions.Where(p => ids.Contains(p.UserId)).ToListAsync(ct))
            .ToLookup(p => p.UserId);
        var access = (await db.UserClinicAccess.Where(a => ids.Contains(a.UserId)).ToListAsync(ct))
            .ToLookup(a => a.UserId);
        var analyticsRoles = (await db.AnalyticsRoleGrants.AsNoTracking().Where(g => ids.Contains(g.UserId))
            .ToListAsync(ct)).ToLookup(g => g.UserId, g => g.Role);
        var roster = new BulkUserRoster(
            await db.UserPermissions.CountAsync(p => p.Permission == Permission.EditUsers
                                                     && db.Users.Any(u => u.Id == p.UserId && u.IsActive), ct),
            (await AnalyticsRoleDirectory.ActiveAdminsAsync(db, ct)).Count);

        var subjects = ordered.Select(u => new BulkUserSubject(u.Id, u.UserName!, u.UserType, u.IsActive,
            permissions[u.Id].Select(p => p.Permission).ToHashSet(StringComparer.Ordinal),
            access[u.Id].Select(a => a.ClinicId).ToHashSet(), u.AllClinics, u.HomeClinicId,
            [.. analyticsRoles[u.Id]])).ToList();
        var plan = BulkUserUpdate.Plan(subjects, change, actor, roster);

        if (!request.Preview)
        {
            var companyId = tenant.CompanyId!.Value;
            foreach (var result in plan.Where(r => r.Outcome == BulkUserOutcome.Applied))
            {
                db.UserPermissions.AddRange(result.AddedPermissions.Select(p => new UserPermission { CompanyId = companyId, UserId = result.UserId, Permission = p }));
                db.UserPermissions.RemoveRange(permissions[result.UserId].Where(p => result.RemovedPermissions.Contains(p.Permission)));
                db.UserClinicAccess.AddRange(result.AddedClinics.Select(c => new UserClinicAccess { CompanyId = companyId, UserId = result.UserId, ClinicId = c }));
                db.UserClinicAccess.RemoveRange(access[result.UserId].Where(a => result.RemovedClinics.Contains(a.ClinicId)));
            }
            await db.SaveChangesAsync(ct);
        }

        var byId = ordered.ToDictionary(u => u.Id);
        var rows = plan.Select(r => new BulkUserResultRow(r.UserId, r.UserName, byId[r.UserId].DisplayName, Outcome(r.Outcome),
                r.Outcome == BulkUserOutcome.Refused ? null : new BulkUserChanges(r.AddedPermissions, r.RemovedPermissions,
                    r.AddedClinics.Select(c => clinics[c]).ToList(), r.RemovedClinics.Select(c => clinics[c]).ToList()),
                r.Reasons))
            .Concat((requestedIds ?? []).Where(id => !byId.ContainsKey(id)).Select(id => new BulkUserResultRow(id, null, null, OutcomeNotFound, null,
                [request.Filter is null ? "No user with this id that you may see." : "No user with this id that you may see matches the filter."])))
            .ToList();
        return (new BulkUserUpdateResponse(request.Preview,
            rows.Count(r => r.Outcome == OutcomeApplied), rows.Count(r => r.Outcome == OutcomeUnchanged),
            rows.Count(r => r.Outcome == OutcomeRefused), rows.Count(r => r.Outcome == OutcomeNotFound), rows), errors);
    }

    /// <summary>The users the admin may see that match a filter; status is active, inactive or all.</summary>
    public static IQueryable<RehabUser> Matching(RehabDbContext db, ITenantContext tenant, UserType? type, string? status, Guid? clinicId, string? name)
    {
        var query = db.Users.VisibleTo(db, tenant);
        if (type is { } t)
            query = query.Where(u => u.UserType == t);
        if (status == "active")
            query = query.Where(u => u.IsActive);
        else if (status == "inactive")
            query = query.Where(u => !u.IsActive);
        if (clinicId is { } clinic)
            query = query.Where(u => u.AllClinics || u.HomeClinicId == clinic
                                     || db.UserClinicAccess.Any(a => a.UserId == u.Id && a.ClinicId == clinic));
        if (name?.Trim() is { Length: > 0 } text)
        {
            var pattern = "%" + text.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(u => EF.Functions.Like(u.DisplayName.ToLower(), pattern, "\\")
                                     || EF.Functions.Like(u.UserName!.ToLower(), pattern, "\\"));
        }
        return query;
    }

    private static string Outcome(BulkUserOutcome outcome) => outcome switch
    {
        BulkUserOutcome.Applied => OutcomeApplied,
        BulkUserOutcome.Unchanged => OutcomeUnchanged,
        _ => OutcomeRefused,
    };
}
