namespace Rehab.Data.Sqlite;

/// <summary>
/// SQLite lets one writer in at a time and makes the others sleep and retry. Saves that run outside a transaction
/// queue here instead, one after the other, so a busy server does not spend its time in that busy wait. A save inside
/// a transaction, which may already hold SQLite's lock, never waits here, so the queue cannot close a circle with it.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        return new Turn(_one);
    }

    public void Dispose() => _one.Dispose();

    private sealed class Turn(SemaphoreSlim one) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                one.Release();
        }
    }
}
