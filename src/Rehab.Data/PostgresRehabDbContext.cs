using Microsoft.EntityFrameworkCore;
using Rehab.Data.Audit;
using Rehab.Data.Tenancy;

namespace Rehab.Data;

/// <summary>The server database for companies running several web instances.</summary>
public sealed class PostgresRehabDbContext(
    DbContextOptions<PostgresRehabDbContext> options, ITenantContext tenant, TimeProvider clock,
    AuditSealSignal? sealSignal = null)
    : RehabDbContext(options, tenant, clock, sealSignal)
{
    private const long AuditChainLockKey = 0x5265686162_4155; // "Rehab" "AU"

    // Instances write entries freely; one of them at a time seals, under a transaction-scoped advisory lock.
    internal override async Task<bool> TryLockAuditSealingAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({AuditChainLockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
}
