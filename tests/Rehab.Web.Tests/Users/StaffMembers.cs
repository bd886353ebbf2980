using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Users;

/// <summary>What tests read back about users: their permissions and clinics.</summary>
public static class StaffMembers
{
    public static Task<List<string>> PermissionsOfAsync(this RehabAppFactory app, Guid userId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().UserPermissions.IgnoreQueryFilters()
            .Where(p => p.UserId == userId).Select(p => p.Permission).OrderBy(p => p).ToListAsync());

    public static Task<List<Guid>> ClinicsOfAsync(this RehabAppFactory app, Guid userId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().UserClinicAccess.IgnoreQueryFilters()
            .Where(a => a.UserId == userId).Select(a => a.ClinicId).ToListAsync());
}
