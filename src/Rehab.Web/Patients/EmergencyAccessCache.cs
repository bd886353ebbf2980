using System.Collections.Concurrent;
using Rehab.Data.Patients;

namespace Rehab.Web.Patients;

/// <summary>
/// Remembers a user's emergency accesses for a few seconds, so that a read costs no query for them on a hit. Expiry
/// is still judged on every request against each grant's end. A grant made on this instance counts at once; one made
/// on another instance counts here within <see cref="Freshness"/>, as sign-in checks do.
/// </summary>
public sealed class EmergencyAccessCache(TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    /// <summary>Users not seen again would stay forever; past this many entries, stale ones are swept.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<Guid, (IReadOnlyList<EmergencyAccessGrant> Grants, DateTimeOffset Until)>
        _entries = new();

    public IReadOnlyList<EmergencyAccessGrant>? Get(Guid userId) =>
        _entries.TryGetValue(userId, out var entry) && clock.GetUtcNow() < entry.Until ? entry.Grants : null;

    public void Set(Guid userId, IReadOnlyList<EmergencyAccessGrant> grants)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count >= SweepAbove)
            foreach (var (id, entry) in _entries)
                if (entry.Until <= now)
                    _entries.TryRemove(id, out _);
        _entries[userId] = (grants, now + Freshness);
    }

    public void Forget(Guid userId) => _entries.TryRemove(userId, out _);
}
