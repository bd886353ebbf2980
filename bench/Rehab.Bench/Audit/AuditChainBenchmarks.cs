using BenchmarkDotNet.Attributes;
using Rehab.Core.Audit;

namespace Rehab.Bench.Audit;

/// <summary>What `rehab audit verify` spends per entry: hashing and walking a chain.</summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
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
        var previousHash = AuditChain.Genesis;
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
                PreviousHash = "",
                Hash = "",
            };
            AuditChain.Seal(entry, i, previousHash);
            previousHash = entry.Hash;
            _chain[i] = entry;
        }
    }

    [Benchmark]
    public string HashOneEntry() => AuditChain.ComputeHash(_chain[^1]);

    [Benchmark]
    public bool VerifyChain() => AuditChain.Verify(_chain).IsIntact;
}
