using BenchmarkDotNet.Attributes;
using Rehab.Core.Audit;

namespace Rehab.Bench.Audit;

/// <summary>What `rehab audit verify` and the sealer spend per entry: the keyed MAC and walking a chain.</summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private static readonly byte[] Key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
    private AuditEntry[] _chain = [];

    [Params(10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var companyId = Guid.NewGuid();
        var userId = Guid.NewGuid();
        var start = new DateTimeOffset(2026, 1, 5, 14, 0, 0, TimeSpan.Zero);
        _chain = new AuditEntry[Entries];
        var head = AuditChainHead.Empty;
        for (var i = 0; i < Entries; i++)
        {
            var entry = new AuditEntry
            {
                OccurredAt = start.AddSeconds(i),
                CompanyId = companyId,
                UserId = userId,
                UserName = "admin",
                Action = "Read",
                EntityType = "Clinic",
                EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Outcome = "Success",
                Id = i + 1,
            };
            AuditChain.Seal(entry, head, Key);
            head = new AuditChainHead(entry.Sequence!.Value, entry.Mac!);
            _chain[i] = entry;
        }
    }

    [Benchmark]
    public string MacOneEntry() => AuditChain.ComputeMac(_chain[^1], Key);

    [Benchmark]
    public bool VerifyChain() => AuditChain.Verify(_chain, Key).IsIntact;
}
