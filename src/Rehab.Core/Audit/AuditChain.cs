using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Rehab.Core.Audit;

/// <summary>The hash chain over audit entries: how an entry is sealed and how a chain is checked.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Stored instants keep whole microseconds so that every database returns what was hashed.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);

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
        long expectedId = 1;
        var previousHash = Genesis;
        long count = 0;
        foreach (var e in entriesInOrder)
        {
            if (e.Id != expectedId)
                return AuditChainResult.Broken(count, expectedId, $"entry {expectedId} is missing (next entry is {e.Id})");
            if (ComputeHash(e) != e.Hash)
                return AuditChainResult.Broken(count, e.Id, $"entry {e.Id} was altered: its content does not match its hash");
            if (e.PreviousHash != previousHash)
                return AuditChainResult.Broken(count, e.Id, $"entry {e.Id} does not link to entry {e.Id - 1}: a preceding entry was altered or replaced");
            previousHash = e.Hash;
            expectedId++;
            count++;
        }
        return AuditChainResult.Intact(count);
    }
}

public sealed record AuditChainResult(bool IsIntact, long CheckedRows, long? FirstBadRow, string? Problem)
{
    public static AuditChainResult Intact(long rows) => new(true, rows, null, null);
    public static AuditChainResult Broken(long rows, long row, string problem) => new(false, rows, row, problem);
}
