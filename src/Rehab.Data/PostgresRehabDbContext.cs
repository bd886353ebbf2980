using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
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

    internal override Task<int> WriteSealsAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.Id).ToArray();
        var sequences = entries.Select(e => e.Sequence!.Value).ToArray();
        var previous = entries.Select(e => e.PreviousMac).ToArray();
        var macs = entries.Select(e => e.Mac).ToArray();
        return Database.ExecuteSqlAsync($"""
            UPDATE "AuditEntries" AS a SET "Sequence" = s.sequence, "PreviousMac" = s.previous, "Mac" = s.mac
            FROM unnest({ids}, {sequences}, {previous}, {macs}) AS s(id, sequence, previous, mac)
            WHERE a."Id" = s.id AND a."Sequence" IS NULL
            """, cancellationToken);
    }
}
