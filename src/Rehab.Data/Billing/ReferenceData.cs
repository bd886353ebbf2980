using Microsoft.EntityFrameworkCore;
using Rehab.Data.Audit;

namespace Rehab.Data.Billing;

/// <summary>How an imported reference file replaces what the company had: in one transaction, audited once.</summary>
internal static class ReferenceData
{
    public static Task ReplaceAsync<T>(RehabDbContext db, AuditLog audit, IQueryable<T> replaced, IEnumerable<T> rows,
        AuditEvent import, CancellationToken ct) where T : class =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await replaced.ExecuteDeleteAsync(ct);
            db.Set<T>().AddRange(rows);
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(import, ct);
            await tx.CommitAsync(ct);
        });
}
