using Microsoft.EntityFrameworkCore;

namespace Rehab.Data.Users;

/// <summary>
/// Serializes the writes of one company whose rules count its users: the licenses active users hold per clinic and
/// class, and the active users with EditUsers who must remain. Taken as the first statement of the transaction and
/// held until it ends, so every count read afterwards includes what the previous holder committed, on any instance.
/// </summary>
public static class UserRosterLock
{
    /// <summary>The first key of PostgreSQL's two-key advisory locks that this lock uses: "RR", Rehab roster.</summary>
    private const int PostgresKeySpace = 0x5252;

    public static async Task TakeAsync(RehabDbContext db, Guid companyId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("The user roster lock is held by a transaction; begin one first.");
        if (db is PostgresRehabDbContext)
        {
            // Another company may share the second key; it then only waits a moment longer.
            var companyKey = BitConverter.ToInt32(companyId.ToByteArray());
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresKeySpace}, {companyKey})", ct);
        }
        else
        {
            // SQLite has one writer at a time: a write as the first statement takes that lock now, even in a
            // transaction begun deferred, so no other writer can change the counts before this one commits.
            await db.Database.ExecuteSqlAsync(
                $"UPDATE \"Companies\" SET \"Name\" = \"Name\" WHERE \"Id\" = {companyId}", ct);
        }
    }
}
