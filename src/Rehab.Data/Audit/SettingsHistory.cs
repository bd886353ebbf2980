using Microsoft.EntityFrameworkCore;

namespace Rehab.Data.Audit;

/// <summary>One write to a settings row, as the audit chain recorded it.</summary>
public sealed record SettingsRevision(long AuditId, DateTimeOffset At, string? By, string Action, IReadOnlyList<ValueChange> Changes);

/// <summary>The history of one payer, clinic's settings or company's settings, newest first, read from the audit chain.</summary>
public static class SettingsHistory
{
    public static async Task<IReadOnlyList<SettingsRevision>> OfAsync<TRow>(RehabDbContext db, Guid id, CancellationToken ct, int take = 100)
        where TRow : IAuditsValues
    {
        var entityType = AuditTrail.EntityName(typeof(TRow));
        var key = id.ToString();
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == key)
            .OrderByDescending(a => a.Id).Take(take)
            .ToListAsync(ct);
        return rows.Select(a => new SettingsRevision(a.Id, a.OccurredAt, a.UserName, a.Action, ValueChanges.Parse(a.Details))).ToList();
    }
}
