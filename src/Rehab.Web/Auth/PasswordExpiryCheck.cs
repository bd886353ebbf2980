using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Users;

namespace Rehab.Web.Auth;

/// <summary>
/// Whether a user must change their password before anything else: an admin reset it, or it is older than the
/// password expiry of their home clinic (the strictest of the company's clinics for a user without one).
/// </summary>
public sealed class PasswordExpiryCheck(RehabDbContext db, TimeProvider clock)
{
    public async Task<bool> MustChangeAsync(RehabUser user)
    {
        if (user.MustChangePassword)
            return true;
        var expiry = await ExpiryOfAsync(user);
        return PasswordAge.MustChange(false, expiry, user.PasswordChangedAt, clock.GetUtcNow());
    }

    private async Task<PasswordExpiry> ExpiryOfAsync(RehabUser user)
    {
        var clinics = await db.Clinics.IgnoreQueryFilters()
            .Where(c => c.CompanyId == user.CompanyId && (user.HomeClinicId == null || c.Id == user.HomeClinicId))
            .Select(c => db.ClinicSettings.IgnoreQueryFilters().Where(s => s.ClinicId == c.Id)
                .Select(s => (PasswordExpiry?)s.PasswordExpiry).FirstOrDefault())
            .ToListAsync();
        var defaults = new ClinicSettings().PasswordExpiry;
        return clinics.Select(e => e ?? defaults)
            .OrderBy(e => e.Lifetime() ?? TimeSpan.MaxValue)
            .FirstOrDefault(PasswordExpiry.Never);
    }
}
