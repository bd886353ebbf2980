using FsCheck;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rehab.Core.Audit;

namespace Rehab.Core.Tests.Audit;

public sealed class AuditChainVerifierTests
{
    [Fact]
    public void An_empty_chain_is_intact_and_ends_at_genesis()
    {
        var verifier = new AuditChainVerifier();

        Assert.Equal(AuditChainResult.Intact(0), verifier.Result);
        Assert.Null(verifier.LastId);
        Assert.Equal(AuditChain.Genesis, verifier.LastHash);
    }

    [Fact]
    public void An_intact_chain_is_counted_and_ends_at_its_last_hash()
    {
        var chain = SampleChain.Build(5);
        var verifier = new AuditChainVerifier();

        Assert.All(chain, e => Assert.True(verifier.Check(e)));
        Assert.Equal(AuditChainResult.Intact(5), verifier.Result);
        Assert.Equal(5, verifier.LastId);
        Assert.Equal(chain[^1].Hash, verifier.LastHash);
    }

    [Fact]
    public void An_altered_entry_breaks_the_chain_at_that_entry()
    {
        var chain = SampleChain.Build(5);
        chain[2].Action = "X";

        var result = AuditChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBadRow);
        Assert.Equal(2, result.CheckedRows);
        Assert.Equal("entry 3 was altered: its content does not match its hash", result.Problem);
    }

    [Fact]
    public void A_missing_entry_breaks_the_chain_where_it_was()
    {
        var chain = SampleChain.Build(5);
        chain.RemoveAt(2);

        var result = AuditChain.Verify(chain);

        Assert.Equal(3, result.FirstBadRow);
        Assert.Equal("entry 3 is missing (next entry is 4)", result.Problem);
    }

    [Fact]
    public void A_resealed_entry_breaks_the_link_of_the_entry_after_it()
    {
        var chain = SampleChain.Build(5);
        chain[2].Action = "X";
        chain[2].Hash = AuditChain.ComputeHash(chain[2]);

        var result = AuditChain.Verify(chain);

        Assert.Equal(4, result.FirstBadRow);
        Assert.Equal("entry 4 does not link to entry 3: a preceding entry was altered or replaced", result.Problem);
    }

    [Fact]
    public void A_broken_verifier_accepts_nothing_more()
    {
        var chain = SampleChain.Build(3);
        chain[0].Outcome = "Denied";
        var verifier = new AuditChainVerifier();

        Assert.False(verifier.Check(chain[0]));
        Assert.False(verifier.Check(chain[1]));
        Assert.True(verifier.IsBroken);
        Assert.Equal(1, verifier.Result.FirstBadRow);
        Assert.Equal(0, verifier.Result.CheckedRows);
    }

    [Property]
    public bool Checking_in_batches_agrees_with_verifying_the_whole_chain(PositiveInt length, PositiveInt batch, NonNegativeInt tampered)
    {
        var chain = SampleChain.Build(length.Get % 40 + 1);
        var target = tampered.Get % (chain.Count + 1);
        if (target < chain.Count)
            chain[target].EntityId = "tampered";

        var verifier = new AuditChainVerifier();
        foreach (var page in chain.Chunk(batch.Get % 7 + 1))
            if (page.Any(e => !verifier.Check(e)))
                break;

        var whole = AuditChain.Verify(chain);
        return verifier.Result == whole
               && whole.IsIntact == (target == chain.Count)
               && (whole.IsIntact || whole.FirstBadRow == target + 1);
    }

    [Property]
    public bool A_normalized_instant_survives_every_databases_instant_storage(DateTimeOffset instant)
    {
        var normalized = AuditChain.Normalize(instant);
        var sqlite = new DateTimeOffsetToBinaryConverter();
        var stored = (DateTimeOffset)sqlite.ConvertFromProvider(sqlite.ConvertToProvider(normalized))!;
        return stored.UtcTicks == normalized.UtcTicks
               && normalized.UtcTicks % 10 == 0 // PostgreSQL keeps microseconds
               && normalized.Offset == TimeSpan.Zero;
    }

}
