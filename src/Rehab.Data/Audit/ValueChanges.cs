using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Rehab.Data.Audit;

/// <summary>One field of a settings row before and after a write; Old is null when the row was created.</summary>
public sealed record ValueChange(string Field, string? Old, string? New);

/// <summary>The old and new values a write on an <see cref="IAuditsValues"/> row stores in its audit entry.</summary>
public static class ValueChanges
{
    internal static string Describe(EntityEntry entry)
    {
        var changes = entry.Properties
            .Where(p => !p.Metadata.IsKey() && !p.Metadata.IsForeignKey())
            .Where(p => entry.State switch
            {
                EntityState.Added => p.CurrentValue is not null,
                EntityState.Deleted => true,
                _ => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue),
            })
            .Select(p => new ValueChange(p.Metadata.Name,
                entry.State == EntityState.Added ? null : Text(p.OriginalValue),
                entry.State == EntityState.Deleted ? null : Text(p.CurrentValue)))
            .ToList();
        return JsonSerializer.Serialize(changes, Json);
    }

    /// <summary>The changes an audit entry's details hold, or none when the entry names fields only.</summary>
    public static IReadOnlyList<ValueChange> Parse(string? details)
    {
        if (string.IsNullOrEmpty(details) || details[0] != '[')
            return [];
        return JsonSerializer.Deserialize<List<ValueChange>>(details, Json) ?? [];
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "on" : "off",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
