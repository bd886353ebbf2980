using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Rehab.Core.Users;

namespace Rehab.Data.Users;

/// <summary>
/// A change to who a user is or what they may do (active, type, clinics, permissions, password) renews their
/// security stamp in the same save, which ends every sign-in they hold (ASVS 7.4.3).
/// </summary>
internal static class UserAccessChanges
{
    private static readonly string[] AccessProperties =
    [
        nameof(RehabUser.IsActive), nameof(RehabUser.UserType), nameof(RehabUser.AllClinics),
        nameof(RehabUser.PasswordHash), nameof(RehabUser.SecurityStamp),
    ];

    /// <summary>Renews the stamps of changed users; answers whose sessions end.</summary>
    public static async Task<IReadOnlyCollection<Guid>> RenewStampsAsync(RehabDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var changed = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case RehabUser user when entry.State == EntityState.Modified
                                         && AccessProperties.Any(p => entry.Property(p).IsModified):
                    changed.Add(user.Id);
                    break;
                case UserPermission p when entry.State is EntityState.Added or EntityState.Deleted:
                    changed.Add(p.UserId);
                    break;
                case UserClinicAccess a when entry.State is EntityState.Added or EntityState.Deleted:
                    changed.Add(a.UserId);
                    break;
            }
        }
        foreach (var id in changed)
        {
            var user = db.Users.Local.FirstOrDefault(u => u.Id == id)
                       ?? await db.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.Id == id, ct);
            if (user is null || db.Entry(user).State is EntityState.Added or EntityState.Deleted)
                continue;
            if (!db.Entry(user).Property(u => u.SecurityStamp).IsModified)
                user.SecurityStamp = Guid.NewGuid().ToString();
        }
        return changed;
    }

    /// <summary>Lets this instance's session checks see the change at once.</summary>
    public static void Announce(RehabDbContext db, IReadOnlyCollection<Guid> users)
    {
        if (users.Count > 0 && db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()
                ?.ApplicationServiceProvider?.GetService(typeof(SessionCache)) is SessionCache cache)
            cache.ForgetUsers(users);
    }
}
