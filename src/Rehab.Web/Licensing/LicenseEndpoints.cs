using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Licensing;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Licensing;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Licensing;

public static class LicenseEndpoints
{
    public sealed record LicenseResponse(Guid ClinicId, string ClinicName, string LicenseClass, int Purchased, int Assigned, int Available, int HeldByInactive);

    public sealed record InactiveHolderResponse(Guid UserId, string DisplayName, string UserType, string LicenseClass, Guid ClinicId, string ClinicName);

    public static void MapLicenseEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/licenses").WithTags("Licenses");
        group.MapGet("/", ListAsync).RequireAuthorization(Permission.ViewUsers)
            .WithSummary("Licenses per clinic and class: purchased, assigned to active users, available, held by inactive users")
            .WithDescription("Clerical licenses are free and unlimited and not listed. A license stays purchased (and billed) when its user is inactivated; " +
                             "release it with a Remove license request.");
        group.MapGet("/held-by-inactive", HeldByInactiveAsync).RequireAuthorization(Permission.ViewUsers)
            .WithSummary("Health check: inactive users whose home clinic still pays for their license");
    }

    private static async Task<Ok<List<LicenseResponse>>> ListAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var clinics = await db.Clinics.AsNoTracking().VisibleTo(tenant).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var counts = await LicenseQueries.CountsAsync(db, tenant.CompanyId!.Value, clinics.Select(c => c.Id).ToList(), ct);
        return TypedResults.Ok(counts.Select(c => new LicenseResponse(c.ClinicId, clinics.Single(k => k.Id == c.ClinicId).Name,
            c.LicenseClass.ToString(), c.Purchased, c.Assigned, c.Available, c.HeldByInactive)).ToList());
    }

    private static async Task<Ok<List<InactiveHolderResponse>>> HeldByInactiveAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var clinics = await db.Clinics.AsNoTracking().VisibleTo(tenant).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var users = await LicenseQueries.HeldByInactiveAsync(db, clinics.Keys, ct);
        return TypedResults.Ok(users.Select(u => new InactiveHolderResponse(u.Id, u.DisplayName, u.UserType.ToString(),
            LicenseClasses.Of(u.UserType).ToString(), u.HomeClinicId!.Value, clinics[u.HomeClinicId!.Value])).ToList());
    }
}
