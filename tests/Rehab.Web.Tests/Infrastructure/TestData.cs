using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>Companies and users that tests add next to the demo company, through the product's own code.</summary>
public static class TestData
{
    public static Task<ProvisionedCompany> AddCompanyAsync(this RehabAppFactory app, string name, string adminUserName, params string[] clinicNames) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CompanyProvisioning>().CreateAsync(new NewCompany(
            name, "99-8765432",
            clinicNames.Select(c => new ClinicDetails(c, "1 Glacier Way", null, "Utqiagvik", "AK", "99723", null, null, null, "America/Anchorage")).ToList(),
            new NewUser(adminUserName, name + " Admin", RehabAppFactory.Password, UserType.Clerical, [Permission.CompanyAdmin]))));

    /// <summary>A PT with the given permissions, added through the product's own provisioning.</summary>
    public static Task<Guid> AddUserAsync(this RehabAppFactory app, string userName, IReadOnlyList<string> permissions,
        IReadOnlyList<Guid>? clinicIds = null, string companyName = "Desert Sun Rehab") =>
        app.AddStaffAsync(userName, UserType.PT, permissions, clinicIds, companyName: companyName);

    /// <summary>A user of any type, optionally with a home clinic, added through the product's own provisioning.</summary>
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

    public static Task<Guid> ClinicIdAsync(this RehabAppFactory app, string name) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Clinics.IgnoreQueryFilters()
            .Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)];
}
