using System.Security.Cryptography;
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
            var result = AuditChain.Verify(SampleChain.Build(n), SampleChain.Key);
            return result.IsIntact && result.CheckedRows == n;
        });

    [Property]
    public Property Altering_any_entry_is_reported_at_its_position() =>
        Prop.ForAll(Gen.Choose(1, 30).SelectMany(n => Gen.Choose(1, n).Select(k => (n, k))).ToArbitrary(), t =>
        {
            var chain = SampleChain.Build(t.n);
            chain[t.k - 1].Action = "Tampered";
            var result = AuditChain.Verify(chain, SampleChain.Key);
            return !result.IsIntact && result.FirstBadRow == t.k;
        });

    [Property]
    public Property Removing_any_entry_but_the_last_is_reported_as_missing() =>
        Prop.ForAll(Gen.Choose(2, 30).SelectMany(n => Gen.Choose(1, n - 1).Select(k => (n, k))).ToArbitrary(), t =>
        {
            var chain = SampleChain.Build(t.n);
            chain.RemoveAt(t.k - 1);
            var result = AuditChain.Verify(chain, SampleChain.Key);
            return !result.IsIntact && result.FirstBadRow == t.k && result.Problem!.Contains("missing", StringComparison.Ordinal);
        });

    [Property]
    public Property Resealing_from_any_entry_without_the_key_is_caught_there() =>
        Prop.ForAll(Gen.Choose(1, 30).SelectMany(n => Gen.Choose(1, n).Select(k => (n, k))).ToArbitrary(), t =>
        {
            var chain = SampleChain.Build(t.n);
            chain[t.k - 1].UserName = "someone-else";
            SampleChain.Reseal(chain, t.k - 1, RandomNumberGenerator.GetBytes(32));
            var result = AuditChain.Verify(chain, SampleChain.Key);
            return !result.IsIntact && result.FirstBadRow == t.k;
        });

    [Property]
    public Property Swapping_any_two_neighbours_is_caught_at_the_first_of_them() =>
        Prop.ForAll(Gen.Choose(2, 30).SelectMany(n => Gen.Choose(1, n - 1).Select(k => (n, k))).ToArbitrary(), t =>
        {
            var chain = SampleChain.Build(t.n);
            (chain[t.k - 1].Sequence, chain[t.k].Sequence) = (chain[t.k].Sequence, chain[t.k - 1].Sequence);
            var reordered = chain.OrderBy(e => e.Sequence).ToList();
            var result = AuditChain.Verify(reordered, SampleChain.Key);
            return !result.IsIntact && result.FirstBadRow == t.k;
        });

    [Fact]
    public void Instants_keep_whole_tenths_of_a_millisecond_so_every_database_returns_what_was_written()
    {
        var instant = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(-7)).AddTicks(1234567);
        var normalized = AuditChain.Normalize(instant);
        Assert.Equal(TimeSpan.Zero, normalized.Offset);
        Assert.Equal(0, normalized.UtcTicks % 1000);
        Assert.True(instant - normalized < TimeSpan.FromTicks(1000));
    }
}
