using Microsoft.EntityFrameworkCore;
using Rehab.Core.Licensing;
using Rehab.Core.Users;
using Rehab.Data.Users;

namespace Rehab.Data.Licensing;

public static class LicenseQueries
{
    /// <summary>
    /// Purchased, assigned and inactive-held counts of every paid class in the given clinics of one company.
    /// The company is named explicitly so the account team's approval can read a company it does not belong to.
    /// </summary>
    public static async Task<List<LicenseCount>> CountsAsync(RehabDbContext db, Guid companyId, IReadOnlyCollection<Guid> clinicIds, CancellationToken ct)
    {
        var purchased = await db.PurchasedLicenses.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.CompanyId == companyId && clinicIds.Contains(l.ClinicId))
            .Select(l => new { l.ClinicId, l.LicenseClass, l.Count }).ToListAsync(ct);
        var holders = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.CompanyId == companyId && u.HomeClinicId != null && clinicIds.Contains(u.HomeClinicId.Value))
            .GroupBy(u => new { u.HomeClinicId, u.UserType, u.IsActive })
            .Select(g => new { g.Key.HomeClinicId, g.Key.UserType, g.Key.IsActive, Count = g.Count() }).ToListAsync(ct);

        return clinicIds.SelectMany(clinic => LicenseClasses.Paid.Select(licenseClass =>
        {
            int Held(bool active) => holders.Where(h => h.HomeClinicId == clinic && h.IsActive == active && LicenseClasses.Of(h.UserType) == licenseClass).Sum(h => h.Count);
            return new LicenseCount(clinic, licenseClass,
                purchased.Where(p => p.ClinicId == clinic && p.LicenseClass == licenseClass).Sum(p => p.Count),
                Held(true), Held(false));
        })).ToList();
    }

    public static async Task<LicenseCount> CountAsync(RehabDbContext db, Guid companyId, Guid clinicId, LicenseClass licenseClass, CancellationToken ct) =>
        (await CountsAsync(db, companyId, [clinicId], ct)).FirstOrDefault(c => c.LicenseClass == licenseClass)
        ?? new LicenseCount(clinicId, licenseClass, 0, 0, 0);

    /// <summary>Inactive users whose home clinic still pays for their license: the unused-license health check.</summary>
    public static Task<List<RehabUser>> HeldByInactiveAsync(RehabDbContext db, IReadOnlyCollection<Guid> clinicIds, CancellationToken ct) =>
        db.Users.AsNoTracking()
            .Where(u => !u.IsActive && u.HomeClinicId != null && clinicIds.Contains(u.HomeClinicId.Value)
                        && u.UserType != UserType.Clerical && u.UserType != UserType.Biller)
            .OrderBy(u => u.DisplayName).ToListAsync(ct);
}
