using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Rehab.Data.Users;

/// <summary>
/// Identity's user store. Sign-in and cookie validation look people up before a company is known, so
/// the store alone reads users across companies; every other query on users is tenant-filtered.
/// </summary>
public sealed partial class RehabUserStore(RehabDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<RehabUser, IdentityRole<Guid>, RehabDbContext, Guid>(context, describer)
{
    public override IQueryable<RehabUser> Users => Context.Users.IgnoreQueryFilters();

    public override Task<RehabUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        var id = ConvertIdFromString(userId);
        return Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
    }

    /// <summary>Every way a password is set (creation, change, reset) restarts its age, ends a forced change.</summary>
    public override Task SetPasswordHashAsync(
        RehabUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        user.PasswordChangedAt = Context.Clock.GetUtcNow();
        user.MustChangePassword = false;
        return base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
    }
}
