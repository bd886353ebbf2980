using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Audit;

namespace Rehab.Core.Tests.Audit;

public sealed class AuditChainPropertyTests
{

    [Property]
    public Property A_sealed_chain_verifies_intact() =>
        Prop.ForAll(Gen.Choose(0, 40).ToArbitrary(), n =>
        {
            var result = AuditChain.Verify(SampleChain.Build(n));
            return result.IsIntact && result.CheckedRows == n;
        });

    [Property]
    public Property Altering_any_row_is_reported_at_that_row() =>
        Prop.ForAll(Gen.Choose(1, 30).SelectMany(n => Gen.Choose(1, n).Select(k => (n, k))).ToArbitrary(), t =>
        {
            var chain = SampleChain.Build(t.n);
            chain[t.k - 1].Action = "Tampered";
            var result = AuditChain.Verify(chain);
            return !result.IsIntact && result.FirstBadRow == t.k;
        });

    [Property]
    public Property Removing_any_row_but_the_last_is_reported_as_missing() =>
        Prop.ForAll(Gen.Choose(2, 30).SelectMany(n => Gen.Choose(1, n - 1).Select(k => (n, k))).ToArbitrary(), t =>
        {
            var chain = SampleChain.Build(t.n);
            chain.RemoveAt(t.k - 1);
            var result = AuditChain.Verify(chain);
            return !result.IsIntact && result.FirstBadRow == t.k && result.Problem!.Contains("missing", StringComparison.Ordinal);
        });

    [Fact]
    public void Resealing_an_altered_row_is_caught_by_the_next_link()
    {
        var chain = SampleChain.Build(5);
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
