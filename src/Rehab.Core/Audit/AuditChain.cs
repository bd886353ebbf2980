using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Rehab.Core.Audit;

/// <summary>
/// The keyed chain over audit entries (ONC 170.315(d)(3)): each sealed entry carries an HMAC-SHA256, under a key
/// kept outside the database, over its position, its content and the MAC of the entry before it.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous MAC of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// Stored instants keep whole tenths of a millisecond so that every database returns what was written:
    /// PostgreSQL keeps microseconds, EF Core's SQLite instant encoding keeps 1000 ticks.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % PrecisionTicks, TimeSpan.Zero);

    private const long PrecisionTicks = 1000;

    /// <summary>Puts <paramref name="entry"/> at the position after <paramref name="previous"/> and seals it.</summary>
    public static void Seal(AuditEntry entry, AuditChainHead previous, byte[] key)
    {
        entry.Sequence = previous.Sequence + 1;
        entry.PreviousMac = previous.Mac;
        entry.Mac = ComputeMac(entry, key);
    }

    public static string ComputeMac(AuditEntry e, byte[] key)
    {
        var content = string.Join('\u001f',
            e.Sequence?.ToString(CultureInfo.InvariantCulture),
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.CompanyId, e.UserId, e.UserName, e.ClinicId, e.PatientId, e.PatientIds,
            e.Action, e.EntityType, e.EntityId, e.Outcome, e.ClientAddress, e.Details, e.PreviousMac);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>Walks sealed entries in chain order and returns the first break.</summary>
    public static AuditChainResult Verify(IEnumerable<AuditEntry> sealedInOrder, byte[] key)
    {
        var verifier = new AuditChainVerifier(key);
        foreach (var e in sealedInOrder)
            if (!verifier.Check(e))
                break;
        return verifier.Result;
    }
}

/// <summary>The newest sealed position of a chain and its MAC; <see cref="Empty"/> before the first entry.</summary>
public sealed record AuditChainHead(long Sequence, string Mac)
{
    public static readonly AuditChainHead Empty = new(0, AuditChain.Genesis);
}

public sealed record AuditChainResult(bool IsIntact, long CheckedRows, long? FirstBadRow, string? Problem)
{
    public static AuditChainResult Intact(long rows) => new(true, rows, null, null);
    public static AuditChainResult Broken(long rows, long position, string problem) =>
        new(false, rows, position, problem);
}
