using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rehab.Data;
using Rehab.Data.Users;

namespace Rehab.Web.Auth;

/// <summary>Puts the user's company, permissions and clinics into the sign-in, cookie or bearer alike.</summary>
public sealed class RehabClaimsFactory(
    UserManager<RehabUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    RehabDbContext db)
    : UserClaimsPrincipalFactory<RehabUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RehabUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(RehabClaims.CompanyId, user.CompanyId.ToString()));
        identity.AddClaim(new Claim(RehabClaims.DisplayName, user.DisplayName));

        // Sign-in happens before a tenant is known, so the user's own company is named explicitly here.
        var permissions = await db.UserPermissions.IgnoreQueryFilters()
            .Where(p => p.UserId == user.Id && p.CompanyId == user.CompanyId)
            .Select(p => p.Permission).ToListAsync();
        foreach (var permission in permissions)
            identity.AddClaim(new Claim(RehabClaims.Permission, permission));

        if (await db.Companies.IgnoreQueryFilters().AnyAsync(c => c.Id == user.CompanyId && c.IsVendor))
            identity.AddClaim(new Claim(SystemAdmin.Claim, "true"));

        if (user.AllClinics)
        {
            identity.AddClaim(new Claim(RehabClaims.Clinic, RehabClaims.AllClinics));
        }
        else
        {
            var clinics = await db.UserClinicAccess.IgnoreQueryFilters()
                .Where(a => a.UserId == user.Id && a.CompanyId == user.CompanyId)
                .Select(a => a.ClinicId).ToListAsync();
            foreach (var clinic in clinics)
                identity.AddClaim(new Claim(RehabClaims.Clinic, clinic.ToString()));
        }
        return identity;
    }
}
