using Rehab.Core.Organization;
using Rehab.Data.Tenancy;

namespace Rehab.Data.Organization;

public static class ClinicQueries
{
    /// <summary>The clinics the person may see: the company filter applies already, this adds clinic access.</summary>
    public static IQueryable<Clinic> VisibleTo(this IQueryable<Clinic> clinics, ITenantContext tenant) =>
        tenant.ClinicIds is { } allowed ? clinics.Where(c => allowed.Contains(c.Id)) : clinics;
}
