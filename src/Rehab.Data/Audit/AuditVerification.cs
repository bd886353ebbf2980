using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;

namespace Rehab.Data.Audit;

/// <summary>
/// Checks the stored audit chain with the key: every position present, every entry unaltered and linked to the one
/// before, the end of the chain at or past the checkpoint kept outside the database with the same MAC there, and no
/// entry left unsealed for longer than the sealer takes.
/// </summary>
public static class AuditVerification
{
    /// <summary>An entry still unsealed after this long had its seal removed, or no sealer is running.</summary>
    public static readonly TimeSpan SealingGrace = TimeSpan.FromMinutes(5);

    public static async Task<AuditVerificationReport> RunAsync(
        RehabDbContext db, KeyDirectory keys, DateTimeOffset now, int batchSize = 1000, CancellationToken ct = default)
    {
        var verifier = new AuditChainVerifier(keys.AuditKey());
        var entries = db.AuditEntries.IgnoreQueryFilters().AsNoTracking();
        long after = 0;
        while (!verifier.IsBroken)
        {
            var from = after;
            var batch = await entries.Where(a => a.Sequence != null && a.Sequence > from)
                .OrderBy(a => a.Sequence).Take(batchSize).ToListAsync(ct);
            foreach (var entry in batch)
                if (!verifier.Check(entry))
                    break;
            if (batch.Count < batchSize)
                break;
            after = batch[^1].Sequence!.Value;
        }

        var unsealed = await entries.Where(a => a.Sequence == null).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.OccurredAt }).ToListAsync(ct);
        var overdue = unsealed.FirstOrDefault(a => now - a.OccurredAt > SealingGrace);
        if (overdue is not null)
            verifier.Fail(verifier.Head.Sequence + 1,
                $"entry {overdue.Id} of {overdue.OccurredAt:u} is not on the chain: its seal was removed, "
                + "or no sealer has run since");

        var checkpoint = new AuditCheckpointFile(keys.AuditCheckpointFile).Read();
        var head = await AuditChainQueries.HeadAsync(db, ct);
        if (checkpoint is null && head.Sequence > 0)
            verifier.Fail(head.Sequence,
                $"there is no checkpoint at {keys.AuditCheckpointFile}: the end of the chain cannot be checked; "
                + "restore the "
                + "file, or compare the last entry with the head an operator kept from rehab audit checkpoint");
        else if (checkpoint is not null
                 && await AuditChainQueries.DisagreementAsync(db, checkpoint, head, ct) is { } problem)
            verifier.Fail(Math.Min(head.Sequence + 1, checkpoint.Sequence), problem);

        return new AuditVerificationReport(verifier.Result, verifier.Head, unsealed.Count, checkpoint);
    }
}

public sealed record AuditVerificationReport(
    AuditChainResult Result, AuditChainHead Head, int Unsealed, AuditCheckpoint? Checkpoint);
