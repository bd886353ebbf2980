using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Users;

namespace Rehab.Web.Auth.Mfa;

/// <summary>Whether the company's setting obliges a user to use a second factor; read before sign-in.</summary>
public sealed class MfaPolicy(RehabDbContext db)
{
    public async Task<bool> MustEnrolAsync(RehabUser user, CancellationToken ct)
    {
        var requirement = await db.CompanySettings.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.CompanyId == user.CompanyId).Select(s => s.MfaRequirement).FirstOrDefaultAsync(ct);
        if (requirement is null or MfaRequirement.Optional)
            return false;
        var permissions = await db.UserPermissions.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.UserId == user.Id).Select(p => p.Permission).ToListAsync(ct);
        return MfaRule.MustEnrol(requirement.Value, permissions);
    }
}
