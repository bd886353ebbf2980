using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rehab.Data.Audit;
using Rehab.Data.Sqlite;
using Rehab.Data.Tenancy;

namespace Rehab.Data;

/// <summary>The embedded single-machine database: one SQLite file.</summary>
public sealed class SqliteRehabDbContext(
    DbContextOptions<SqliteRehabDbContext> options, ITenantContext tenant, TimeProvider clock,
    AuditSealSignal? sealSignal = null, SqliteWriteGate? writeGate = null)
    : RehabDbContext(options, tenant, clock, sealSignal)
{
    private protected override async Task<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) =>
        writeGate is not null && Database.CurrentTransaction is null
            ? await writeGate.EnterAsync(cancellationToken)
            : null;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no instant type; a sortable binary form keeps ORDER BY and range filters in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    // A SQLite write transaction (BEGIN IMMEDIATE) already excludes every other writer of the file.
    internal override Task<bool> TryLockAuditSealingAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    internal override async Task<int> WriteSealsAsync(
        IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var e in entries)
            written += await Database.ExecuteSqlAsync($"""
                UPDATE "AuditEntries" SET "Sequence" = {e.Sequence}, "PreviousMac" = {e.PreviousMac}, "Mac" = {e.Mac}
                WHERE "Id" = {e.Id} AND "Sequence" IS NULL
                """, cancellationToken);
        return written;
    }
}
