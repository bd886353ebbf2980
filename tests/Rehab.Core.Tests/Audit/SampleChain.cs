using System.Security.Cryptography;
using Rehab.Core.Audit;

namespace Rehab.Core.Tests.Audit;

/// <summary>A correctly sealed chain of varied entries to check, alter and cut.</summary>
internal static class SampleChain
{
    public static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    public static List<AuditEntry> Build(int length, byte[]? key = null)
    {
        var chain = new List<AuditEntry>();
        var head = AuditChainHead.Empty;
        for (var i = 0; i < length; i++)
        {
            var entry = new AuditEntry
            {
                // Written out of order as concurrent transactions commit: the chain's order is the sealer's.
                Id = 1000 + (i * 7919 % 101) + i * 101,
                OccurredAt = Start.AddTicks(i * 123_456_789L),
                CompanyId = Guid.NewGuid(),
                UserName = $"user{i % 3}",
                Action = AuditAction.All[i % AuditAction.All.Count],
                EntityType = "Clinic",
                EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Outcome = AuditOutcome.Success,
                PatientIds = i % 4 == 0 ? $"{Guid.NewGuid()} {Guid.NewGuid()}" : null,
            };
            AuditChain.Seal(entry, head, key ?? Key);
            head = new AuditChainHead(entry.Sequence!.Value, entry.Mac!);
            chain.Add(entry);
        }
        return chain;
    }

    /// <summary>Re-seals entries from <paramref name="from"/> (0-based) on, as someone without the key would have to.</summary>
    public static void Reseal(List<AuditEntry> chain, int from, byte[] key)
    {
        var head = from == 0 ? AuditChainHead.Empty : new AuditChainHead(chain[from - 1].Sequence!.Value, chain[from - 1].Mac!);
        foreach (var entry in chain.Skip(from))
        {
            AuditChain.Seal(entry, head, key);
            head = new AuditChainHead(entry.Sequence!.Value, entry.Mac!);
        }
    }
}
