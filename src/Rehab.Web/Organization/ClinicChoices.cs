using Microsoft.EntityFrameworkCore;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Organization;

public sealed record ClinicChoice(Guid Id, string Name, bool IsActive);

/// <summary>The clinics a person may work in, and which of them they are working in now.</summary>
public static class ClinicChoices
{
    public static Task<List<ClinicChoice>> VisibleAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        db.Clinics.AsNoTracking().VisibleTo(tenant).OrderBy(c => c.Name)
            .Select(c => new ClinicChoice(c.Id, c.Name, c.IsActive)).ToListAsync(ct);

    /// <summary>The clinic chosen with the switcher, or the only one the person may see.</summary>
    public static ClinicChoice? Current(IReadOnlyList<ClinicChoice> visible, ITenantContext tenant) =>
        visible.FirstOrDefault(c => c.Id == tenant.CurrentClinicId) ?? (visible.Count == 1 ? visible[0] : null);
}
