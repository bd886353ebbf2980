using System.Collections.Concurrent;

namespace Rehab.Data.Users;

/// <summary>What the database said of a sign-in, moments ago.</summary>
public sealed record SessionState(
    Guid UserId, string? SecurityStamp, bool UserActive, DateTimeOffset EndsAt, bool Ended);

/// <summary>
/// Remembers session checks for a few seconds so a request costs no query on a hit. A change to a user's access
/// on this instance forgets their entries at once; other instances see it when their entries age out.
/// </summary>
public sealed class SessionCache(TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    /// <summary>Sign-ins not seen again would stay forever; past this many entries, stale ones are swept.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<Guid, (SessionState State, DateTimeOffset Until)> _entries = new();

    public SessionState? Get(Guid sessionId)
    {
        if (!_entries.TryGetValue(sessionId, out var entry))
            return null;
        if (clock.GetUtcNow() < entry.Until)
            return entry.State;
        _entries.TryRemove(sessionId, out _);
        return null;
    }

    public void Set(Guid sessionId, SessionState state)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count >= SweepAbove)
            foreach (var (id, entry) in _entries)
                if (entry.Until <= now)
                    _entries.TryRemove(id, out _);
        _entries[sessionId] = (state, now + Freshness);
    }

    public void Forget(Guid sessionId) => _entries.TryRemove(sessionId, out _);

    public void ForgetUsers(IReadOnlyCollection<Guid> userIds)
    {
        if (userIds.Count == 0)
            return;
        foreach (var (id, entry) in _entries)
            if (userIds.Contains(entry.State.UserId))
                _entries.TryRemove(id, out _);
    }
}
