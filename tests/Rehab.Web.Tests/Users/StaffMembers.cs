using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Users;

/// <summary>Users of a given type and home clinic, added through the product's own provisioning.</summary>
public static class StaffMembers
{
    public static Task<Guid> AddStaffAsync(this RehabAppFactory app, string userName, UserType type, IReadOnlyList<string> permissions,
        IReadOnlyList<Guid>? clinicIds = null, Guid? homeClinicId = null, string companyName = "Desert Sun Rehab") =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var companyId = await db.Companies.IgnoreQueryFilters().Where(c => c.Name == companyName).Select(c => c.Id).SingleAsync();
            var user = await sp.GetRequiredService<CompanyProvisioning>().CreateUserAsync(companyId,
                new NewUser(userName, userName, RehabAppFactory.Password, type, permissions, clinicIds));
            if (homeClinicId is not null)
            {
                user.HomeClinicId = homeClinicId;
                await db.SaveChangesAsync();
            }
            return user.Id;
        });

    public static Task<List<string>> PermissionsOfAsync(this RehabAppFactory app, Guid userId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().UserPermissions.IgnoreQueryFilters()
            .Where(p => p.UserId == userId).Select(p => p.Permission).OrderBy(p => p).ToListAsync());

    public static Task<List<Guid>> ClinicsOfAsync(this RehabAppFactory app, Guid userId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().UserClinicAccess.IgnoreQueryFilters()
            .Where(a => a.UserId == userId).Select(a => a.ClinicId).ToListAsync());
}
