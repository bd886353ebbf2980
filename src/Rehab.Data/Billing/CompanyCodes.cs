using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;

namespace Rehab.Data.Billing;

/// <summary>The code catalog of the signed-in user's company: the standard codes and its custom ones.</summary>
public sealed class CompanyCodes(RehabDbContext db)
{
    public async Task<CodeCatalog> CatalogAsync(CancellationToken ct)
    {
        var custom = await db.CustomBillingCodes.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        return custom.Count == 0 ? CodeCatalog.Standard : CodeCatalog.WithCustomCodes(custom.Select(c => c.ToDetails()));
    }
}
