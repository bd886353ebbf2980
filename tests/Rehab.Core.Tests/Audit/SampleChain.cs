using Rehab.Core.Audit;

namespace Rehab.Core.Tests.Audit;

/// <summary>A correctly sealed chain of varied entries to check, alter and cut.</summary>
internal static class SampleChain
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    public static List<AuditEntry> Build(int length)
    {
        var chain = new List<AuditEntry>();
        var (id, hash) = (0L, AuditChain.Genesis);
        for (var i = 0; i < length; i++)
        {
            var entry = new AuditEntry
            {
                OccurredAt = Start.AddTicks(i * 123_456_789L),
                CompanyId = Guid.NewGuid(),
                UserName = $"user{i % 3}",
                Action = AuditAction.All[i % AuditAction.All.Count],
                EntityType = "Clinic",
                EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Outcome = AuditOutcome.Success,
                PreviousHash = "",
                Hash = "",
            };
            AuditChain.Seal(entry, id, hash);
            (id, hash) = (entry.Id, entry.Hash);
            chain.Add(entry);
        }
        return chain;
    }
}
