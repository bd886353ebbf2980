namespace Rehab.Data.Audit;

/// <summary>Tells the sealer that entries were written, so it seals them now rather than at its next round.</summary>
public sealed class AuditSealSignal : IDisposable
{
    private readonly SemaphoreSlim _written = new(0, 1);

    public void Nudge()
    {
        if (_written.CurrentCount == 0)
        {
            try { _written.Release(); }
            catch (SemaphoreFullException) { } // already nudged
        }
    }

    /// <summary>Waits until entries are written or <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _written.WaitAsync(timeout, ct);

    public void Dispose() => _written.Dispose();
}
