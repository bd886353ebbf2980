using Microsoft.EntityFrameworkCore;
using Rehab.Data.Tenancy;

namespace Rehab.Data;

/// <summary>The server database for companies running several web instances.</summary>
public sealed class PostgresRehabDbContext(DbContextOptions<PostgresRehabDbContext> options, ITenantContext tenant, TimeProvider clock)
    : RehabDbContext(options, tenant, clock)
{
    private const long AuditChainLockKey = 0x5265686162_4155; // "Rehab" "AU"

    // Instances append to one chain; a transaction-scoped advisory lock orders them.
    internal override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainLockKey})", cancellationToken);
}
