using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Audit;

namespace Rehab.Core.Tests.Audit;

public sealed class AuditChainPropertyTests
{
    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        var (id, hash) = (0L, AuditChain.Genesis);
        for (var i = 0; i < length; i++)
        {
            var entry = new AuditEntry
            {
                OccurredAt = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero).AddTicks(i * 12_345_677L),
                UserName = $"user{i % 3}",
                CompanyId = Guid.NewGuid(),
                Action = AuditAction.All[i % AuditAction.All.Count],
                EntityType = "Clinic",
                EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Outcome = AuditOutcome.Success,
                PreviousHash = "",
                Hash = "",
            };
            AuditChain.Seal(entry, id, hash);
            (id, hash) = (entry.Id, entry.Hash);
            entries.Add(entry);
        }
        return entries;
    }

    [Property]
    public Property A_sealed_chain_verifies_intact() =>
        Prop.ForAll(Gen.Choose(0, 40).ToArbitrary(), n =>
        {
            var result = AuditChain.Verify(Chain(n));
            return result.IsIntact && result.CheckedRows == n;
        });

    [Property]
    public Property Altering_any_row_is_reported_at_that_row() =>
        Prop.ForAll(Gen.Choose(1, 30).SelectMany(n => Gen.Choose(1, n).Select(k => (n, k))).ToArbitrary(), t =>
        {
            var chain = Chain(t.n);
            chain[t.k - 1].Action = "Tampered";
            var result = AuditChain.Verify(chain);
            return !result.IsIntact && result.FirstBadRow == t.k;
        });

    [Property]
    public Property Removing_any_row_but_the_last_is_reported_as_missing() =>
        Prop.ForAll(Gen.Choose(2, 30).SelectMany(n => Gen.Choose(1, n - 1).Select(k => (n, k))).ToArbitrary(), t =>
        {
            var chain = Chain(t.n);
            chain.RemoveAt(t.k - 1);
            var result = AuditChain.Verify(chain);
            return !result.IsIntact && result.FirstBadRow == t.k && result.Problem!.Contains("missing", StringComparison.Ordinal);
        });

    [Fact]
    public void Resealing_an_altered_row_is_caught_by_the_next_link()
    {
        var chain = Chain(5);
        chain[1].UserName = "someone-else";
        chain[1].Hash = AuditChain.ComputeHash(chain[1]);
        var result = AuditChain.Verify(chain);
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBadRow);
    }

    [Fact]
    public void Instants_keep_whole_tenths_of_a_millisecond_so_every_database_returns_what_was_hashed()
    {
        var instant = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(-7)).AddTicks(1234567);
        var normalized = AuditChain.Normalize(instant);
        Assert.Equal(TimeSpan.Zero, normalized.Offset);
        Assert.Equal(0, normalized.UtcTicks % 1000);
        Assert.True(instant - normalized < TimeSpan.FromTicks(1000));
    }
}
