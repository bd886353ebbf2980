using Rehab.Core.Analytics;
using Rehab.Core.Common;

namespace Rehab.Core.Users;

/// <summary>
/// The rules of the User Manager's bulk update (add or remove permissions and clinics for many users at once).
/// A change that is wrong for everyone is refused as a whole; a change that is wrong for one user is refused for
/// that user only, and a user gets either the whole change or none of it.
/// </summary>
public static class BulkUserUpdate
{
    /// <summary>WebPT's advice, kept as a rule: the company always keeps two people who can manage users.</summary>
    public const int MinimumEditUsersHolders = 2;

    /// <summary>Problems with the change itself, whoever it is for; when any, nothing is applied to anyone.</summary>
    public static ValidationErrors Validate(BulkUserChange change, BulkUserActor actor)
    {
        var errors = new ValidationErrors();
        foreach (var p in change.AddPermissions.Concat(change.RemovePermissions).Where(p => !Permission.IsKnown(p)).Distinct().Order(StringComparer.Ordinal))
            errors.Add(change.AddPermissions.Contains(p) ? "addPermissions" : "removePermissions", $"'{p}' is not a permission.");
        foreach (var p in change.AddPermissions.Intersect(change.RemovePermissions).Order(StringComparer.Ordinal))
            errors.Add("removePermissions", $"{p} is both added and removed; choose one.");
        foreach (var p in change.AddPermissions.Where(Permission.IsKnown).Where(p => !actor.Permissions.Contains(p)).Order(StringComparer.Ordinal))
            errors.Add("addPermissions", $"You cannot grant {p}: you do not hold it yourself.");
        foreach (var p in change.RemovePermissions.Where(p => p is Permission.ClinicAdmin or Permission.CompanyAdmin).Order(StringComparer.Ordinal))
            errors.Add("removePermissions", $"{p} cannot be removed in bulk, so no clinic is left without an administrator; remove it in the user's profile.");
        foreach (var c in change.AddClinics.Intersect(change.RemoveClinics))
            errors.Add("removeClinics", $"Clinic {c} is both added and removed; choose one.");
        if (actor.Clinics is { } held)
        {
            if (change.AddClinics.Any(c => !held.Contains(c)))
                errors.Add("addClinics", "You can only add clinics you have access to yourself.");
            if (change.RemoveClinics.Any(c => !held.Contains(c)))
                errors.Add("removeClinics", "You can only remove clinics you have access to yourself.");
        }
        if (change.IsEmpty)
            errors.Add("change", "Choose at least one permission or clinic to add or remove.");
        return errors;
    }

    /// <summary>
    /// Decides the change for each selected user, in selection order. <paramref name="roster"/> counts the company's
    /// active EditUsers holders and Analytics Admins now; removals that would leave fewer than
    /// <see cref="MinimumEditUsersHolders"/> user managers, or no Analytics Admin, are refused for the users that come
    /// last.
    /// </summary>
    public static IReadOnlyList<BulkUserResult> Plan(
        IReadOnlyList<BulkUserSubject> users, BulkUserChange change, BulkUserActor actor, BulkUserRoster roster)
    {
        if (!Validate(change, actor).IsValid)
            throw new ArgumentException("The change is not valid; validate it first.", nameof(change));

        var editUsersHolders = roster.ActiveEditUsersHolders;
        var analyticsAdmins = roster.ActiveAnalyticsAdmins;
        var results = new List<BulkUserResult>(users.Count);
        foreach (var user in users)
        {
            var reasons = new List<string>();
            var added = change.AddPermissions.Where(p => !user.Permissions.Contains(p)).Order(StringComparer.Ordinal).ToList();
            var removed = change.RemovePermissions.Where(user.Permissions.Contains).Order(StringComparer.Ordinal).ToList();
            var addedClinics = user.AllClinics ? [] : change.AddClinics.Where(c => !user.Clinics.Contains(c)).Order().ToList();
            var removedClinics = user.AllClinics ? [] : change.RemoveClinics.Where(user.Clinics.Contains).Order().ToList();

            foreach (var p in change.AddPermissions.Where(Permission.IsKnown).Order(StringComparer.Ordinal))
                if (PermissionRules.WhyImpossible(user.Type, p) is { } why)
                    reasons.Add(why);
            if (added.Contains(Permission.FinalizeNotes) && PermissionRules.NeedsAttestation(user.Type))
                reasons.Add($"FinalizeNotes for a {user.Type} is granted one user at a time, with your attestation, not in bulk.");
            if (user.HomeClinicId is { } home && change.RemoveClinics.Contains(home))
                reasons.Add("Their home clinic cannot be removed in bulk; change the home clinic in their profile first.");
            if (user.AllClinics && change.RemoveClinics.Count > 0)
                reasons.Add("They have access to every clinic; limit their clinics in their profile, not in bulk.");

            var losesEditUsers = removed.Contains(Permission.EditUsers) && user.IsActive;
            if (losesEditUsers && editUsersHolders - 1 < MinimumEditUsersHolders)
                reasons.Add($"At least {MinimumEditUsersHolders} active users must keep EditUsers; " +
                            $"removing it here would leave {editUsersHolders - 1}.");
            var after = user.Permissions.Union(added).Except(removed).ToHashSet(StringComparer.Ordinal);
            var adminBefore = user.IsActive && AnalyticsRoleAssignment.IsAdmin(user.Permissions, user.AnalyticsRoles);
            var adminAfter = user.IsActive && AnalyticsRoleAssignment.IsAdmin(after, user.AnalyticsRoles);
            if (AnalyticsAdminRule.Refuses(adminBefore, adminAfter, analyticsAdmins))
                reasons.Add(AnalyticsAdminRule.Refusal(user.UserName));
            if (reasons.Count == 0)
            {
                editUsersHolders -= losesEditUsers ? 1 : 0;
                analyticsAdmins += (adminAfter ? 1 : 0) - (adminBefore ? 1 : 0);
            }

            if (reasons.Count > 0)
                results.Add(BulkUserResult.Refused(user, reasons));
            else if (added.Count + removed.Count + addedClinics.Count + removedClinics.Count == 0)
                results.Add(new BulkUserResult(user.UserId, user.UserName, BulkUserOutcome.Unchanged, [], [], [], [], []));
            else
                results.Add(new BulkUserResult(user.UserId, user.UserName, BulkUserOutcome.Applied, added, removed, addedClinics, removedClinics, []));
        }
        return results;
    }
}

/// <summary>What to add and remove; permissions by name, clinics by id.</summary>
public sealed record BulkUserChange(
    IReadOnlySet<string> AddPermissions,
    IReadOnlySet<string> RemovePermissions,
    IReadOnlySet<Guid> AddClinics,
    IReadOnlySet<Guid> RemoveClinics)
{
    public bool IsEmpty => AddPermissions.Count + RemovePermissions.Count + AddClinics.Count + RemoveClinics.Count == 0;
}

/// <summary>The admin making the change: their permissions and clinics (null = every clinic).</summary>
public sealed record BulkUserActor(IReadOnlySet<string> Permissions, IReadOnlySet<Guid>? Clinics);

/// <summary>The company's active users holding EditUsers, and its active Analytics Admins, before the change.</summary>
public sealed record BulkUserRoster(int ActiveEditUsersHolders, int ActiveAnalyticsAdmins);

/// <summary>A selected user as they are now; <c>AnalyticsRoles</c> are the roles an admin stored, if any.</summary>
public sealed record BulkUserSubject(
    Guid UserId,
    string UserName,
    UserType Type,
    bool IsActive,
    IReadOnlySet<string> Permissions,
    IReadOnlySet<Guid> Clinics,
    bool AllClinics,
    Guid? HomeClinicId,
    IReadOnlyCollection<AnalyticsRole> AnalyticsRoles);

public enum BulkUserOutcome
{
    /// <summary>The whole change is (or would be) applied.</summary>
    Applied,
    /// <summary>The user already had it: nothing to do.</summary>
    Unchanged,
    /// <summary>Nothing is applied to this user; the reasons say why.</summary>
    Refused,
}

/// <summary>One user's part of a bulk update: what changes, or why nothing does.</summary>
public sealed record BulkUserResult(
    Guid UserId,
    string UserName,
    BulkUserOutcome Outcome,
    IReadOnlyList<string> AddedPermissions,
    IReadOnlyList<string> RemovedPermissions,
    IReadOnlyList<Guid> AddedClinics,
    IReadOnlyList<Guid> RemovedClinics,
    IReadOnlyList<string> Reasons)
{
    internal static BulkUserResult Refused(BulkUserSubject user, IReadOnlyList<string> reasons) =>
        new(user.UserId, user.UserName, BulkUserOutcome.Refused, [], [], [], [], reasons);
}
