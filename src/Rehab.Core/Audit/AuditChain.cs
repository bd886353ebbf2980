using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Rehab.Core.Audit;

/// <summary>The hash chain over audit entries: how an entry is sealed and how a chain is checked.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// Stored instants keep whole tenths of a millisecond so that every database returns what was hashed:
    /// PostgreSQL keeps microseconds, EF Core's SQLite instant encoding keeps 1000 ticks.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % PrecisionTicks, TimeSpan.Zero);

    private const long PrecisionTicks = 1000;

    /// <summary>Numbers the entry after <paramref name="previous"/> and seals it with both hashes.</summary>
    public static void Seal(AuditEntry entry, long previousId, string previousHash)
    {
        entry.Id = previousId + 1;
        entry.OccurredAt = Normalize(entry.OccurredAt);
        entry.PreviousHash = previousHash;
        entry.Hash = ComputeHash(entry);
    }

    public static string ComputeHash(AuditEntry e)
    {
        var content = string.Join('\u001f',
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.CompanyId, e.UserId, e.UserName, e.ClinicId, e.PatientId,
            e.Action, e.EntityType, e.EntityId, e.Outcome, e.ClientAddress, e.Details, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>
    /// Walks entries in order and returns the first break: a missing entry, an altered entry, or an
    /// entry whose link to its predecessor does not match.
    /// </summary>
    public static AuditChainResult Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var verifier = new AuditChainVerifier();
        foreach (var e in entriesInOrder)
            if (!verifier.Check(e))
                break;
        return verifier.Result;
    }
}

public sealed record AuditChainResult(bool IsIntact, long CheckedRows, long? FirstBadRow, string? Problem)
{
    public static AuditChainResult Intact(long rows) => new(true, rows, null, null);
    public static AuditChainResult Broken(long rows, long row, string problem) => new(false, rows, row, problem);
}
