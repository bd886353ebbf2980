using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rehab.Core.Audit;

namespace Rehab.Data.Audit;

/// <summary>
/// Puts written audit entries on the keyed chain in batches, one sealer at a time across instances, and keeps the
/// checkpoint outside the database at least every <see cref="CheckpointEvery"/> entries. Requests never wait for it:
/// their entries are already stored, and sealing follows within moments. Before sealing it checks that the stored
/// chain still ends where it last saw it end (or at the checkpoint), and refuses to seal over a chain cut short.
/// </summary>
public sealed class AuditSealer(
    IServiceScopeFactory scopes, KeyDirectory keys, TimeProvider clock, ILogger<AuditSealer> log) : IDisposable
{
    public const int BatchSize = 500;
    public const int CheckpointEvery = 100;
    public static readonly TimeSpan CheckpointAfter = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly AuditCheckpointFile _checkpoint = new(keys.AuditCheckpointFile);
    private AuditCheckpoint? _known;
    private AuditCheckpoint? _lastCheckpoint;
    private string? _reported;

    /// <summary>Seals every entry written so far; with <paramref name="checkpoint"/>, writes the checkpoint.</summary>
    public async Task<AuditSealResult> SealPendingAsync(bool checkpoint = false, CancellationToken ct = default)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var key = keys.AuditKey();
            _lastCheckpoint ??= _checkpoint.Read();
            long sealedNow = 0;
            AuditChainHead head;
            AuditChainHead? found = null;
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RehabDbContext>();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                if (!await db.TryLockAuditSealingAsync(ct))
                    return new AuditSealResult(sealedNow, null, "another instance is sealing");

                head = await AuditChainQueries.HeadAsync(db, ct);
                found ??= head;
                if (await DisagreementAsync(db, head, ct) is { } problem)
                {
                    if (_reported != problem)
                        log.LogCritical("The audit chain was tampered with and is not sealed further: {Problem}",
                            problem);
                    _reported = problem;
                    return new AuditSealResult(sealedNow, head, problem);
                }

                var pending = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
                    .Where(a => a.Sequence == null).OrderBy(a => a.Id).Take(BatchSize).ToListAsync(ct);
                foreach (var entry in pending)
                {
                    AuditChain.Seal(entry, head, key);
                    head = new AuditChainHead(entry.Sequence!.Value, entry.Mac!);
                }
                if (pending.Count > 0)
                {
                    if (await db.WriteSealsAsync(pending, ct) != pending.Count)
                        throw new InvalidOperationException("Audit entries were sealed by someone else meanwhile.");
                    await tx.CommitAsync(ct);
                }
                _known = new AuditCheckpoint(head.Sequence, head.Mac, clock.GetUtcNow());
                sealedNow += pending.Count;
                if (pending.Count < BatchSize)
                    break;
            }
            if (checkpoint || CheckpointIsDue(head))
                WriteCheckpoint(head, found!);
            return new AuditSealResult(sealedNow, head, null);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private bool CheckpointIsDue(AuditChainHead head) =>
        _lastCheckpoint is not { } last
        || head.Sequence - last.Sequence >= CheckpointEvery
        || head.Sequence > last.Sequence && clock.GetUtcNow() - last.WrittenAt >= CheckpointAfter;

    private void WriteCheckpoint(AuditChainHead head, AuditChainHead found)
    {
        if (_lastCheckpoint is { } last && last.Sequence == head.Sequence && File.Exists(_checkpoint.Path))
            return;
        if (found.Sequence > 0 && !File.Exists(_checkpoint.Path))
            log.LogWarning("There was no audit checkpoint at {Path} for a chain already sealed up to {Found}; "
                + "a new one starts at position {Sequence}", _checkpoint.Path, found.Sequence, head.Sequence);
        var written = new AuditCheckpoint(head.Sequence, head.Mac, clock.GetUtcNow());
        if (_checkpoint.Write(written))
            _lastCheckpoint = written;
    }

    /// <summary>What the stored head says against the head this sealer last saw and the checkpoint.</summary>
    private async Task<string?> DisagreementAsync(RehabDbContext db, AuditChainHead stored, CancellationToken ct)
    {
        foreach (var expected in new[] { _known, _lastCheckpoint })
            if (expected is not null
                && await AuditChainQueries.DisagreementAsync(db, expected, stored, ct) is { } problem)
                return problem;
        return null;
    }
}

/// <summary>How many entries a round sealed, where the chain ends now, and why it stopped early, if it did.</summary>
public sealed record AuditSealResult(long Sealed, AuditChainHead? Head, string? Problem);

internal static class AuditChainQueries
{
    public static async Task<AuditChainHead> HeadAsync(RehabDbContext db, CancellationToken ct) =>
        await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new AuditChainHead(a.Sequence!.Value, a.Mac!))
            .FirstOrDefaultAsync(ct) ?? AuditChainHead.Empty;

    /// <summary>What the stored chain, ending at <paramref name="stored"/>, says against a checkpoint.</summary>
    public static async Task<string?> DisagreementAsync(
        RehabDbContext db, AuditCheckpoint checkpoint, AuditChainHead stored, CancellationToken ct)
    {
        if (checkpoint.Sequence == 0)
            return null;
        var macThere = stored.Sequence == checkpoint.Sequence
            ? stored.Mac
            : await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Sequence == checkpoint.Sequence).Select(a => a.Mac).FirstOrDefaultAsync(ct);
        return checkpoint.Disagreement(stored, macThere);
    }
}
