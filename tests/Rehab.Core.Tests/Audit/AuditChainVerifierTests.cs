using FsCheck;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rehab.Core.Audit;

namespace Rehab.Core.Tests.Audit;

public sealed class AuditChainVerifierTests
{
    private static readonly byte[] Key = SampleChain.Key;

    [Fact]
    public void An_empty_chain_is_intact_and_ends_at_genesis()
    {
        var verifier = new AuditChainVerifier(Key);

        Assert.Equal(AuditChainResult.Intact(0), verifier.Result);
        Assert.Equal(AuditChainHead.Empty, verifier.Head);
    }

    [Fact]
    public void An_intact_chain_is_counted_and_ends_at_its_last_mac()
    {
        var chain = SampleChain.Build(5);
        var verifier = new AuditChainVerifier(Key);

        Assert.All(chain, e => Assert.True(verifier.Check(e)));
        Assert.Equal(AuditChainResult.Intact(5), verifier.Result);
        Assert.Equal(new AuditChainHead(5, chain[^1].Mac!), verifier.Head);
    }

    [Fact]
    public void An_altered_entry_breaks_the_chain_at_that_entry()
    {
        var chain = SampleChain.Build(5);
        chain[2].Action = "X";

        var result = AuditChain.Verify(chain, Key);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBadRow);
        Assert.Equal(2, result.CheckedRows);
        Assert.Equal($"entry {chain[2].Id} at position 3 was altered: its content does not match its MAC", result.Problem);
    }

    [Fact]
    public void A_list_views_patients_are_sealed_with_the_entry()
    {
        var chain = SampleChain.Build(5);
        chain[4].PatientIds = chain[4].PatientIds!.Split(' ')[0];

        Assert.Equal(5, AuditChain.Verify(chain, Key).FirstBadRow);
    }

    [Fact]
    public void A_missing_entry_breaks_the_chain_where_it_was()
    {
        var chain = SampleChain.Build(5);
        chain.RemoveAt(2);

        var result = AuditChain.Verify(chain, Key);

        Assert.Equal(3, result.FirstBadRow);
        Assert.Equal($"position 3 is missing: the entry there was deleted (the next sealed entry, {chain[2].Id}, is at 4)",
            result.Problem);
    }

    [Fact]
    public void An_entry_resealed_with_another_key_is_caught_at_that_entry()
    {
        var chain = SampleChain.Build(5);
        chain[2].Action = "X";
        SampleChain.Reseal(chain, 2, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        var result = AuditChain.Verify(chain, Key);

        Assert.Equal(3, result.FirstBadRow);
        Assert.Contains("was altered", result.Problem);
    }

    [Fact]
    public void A_chain_checked_with_another_key_is_not_intact()
    {
        var chain = SampleChain.Build(3, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        Assert.Equal(1, AuditChain.Verify(chain, Key).FirstBadRow);
    }

    [Fact]
    public void A_broken_verifier_accepts_nothing_more()
    {
        var chain = SampleChain.Build(3);
        chain[0].Outcome = "Denied";
        var verifier = new AuditChainVerifier(Key);

        Assert.False(verifier.Check(chain[0]));
        Assert.False(verifier.Check(chain[1]));
        Assert.True(verifier.IsBroken);
        Assert.Equal(1, verifier.Result.FirstBadRow);
        Assert.Equal(0, verifier.Result.CheckedRows);
    }

    [Theory]
    [InlineData(5, 5, null)]
    [InlineData(7, 5, null)]
    [InlineData(4, 5, "the last entry (position 5) is missing")]
    [InlineData(0, 5, "entries 1 to 5 are missing from the end of the chain")]
    public void A_checkpoint_finds_entries_cut_off_the_end(long stored, long checkpointed, string? problem)
    {
        var checkpoint = new AuditCheckpoint(checkpointed, "mac-at-5", DateTimeOffset.UnixEpoch);

        var found = checkpoint.Disagreement(new AuditChainHead(stored, "head-mac"), stored >= checkpointed ? "mac-at-5" : null);

        if (problem is null)
            Assert.Null(found);
        else
            Assert.StartsWith(problem, found);
    }

    [Fact]
    public void A_checkpoint_finds_a_chain_resealed_under_it()
    {
        var checkpoint = new AuditCheckpoint(5, "mac-at-5", DateTimeOffset.UnixEpoch);

        Assert.StartsWith("the entry at position 5 differs from the checkpoint",
            checkpoint.Disagreement(new AuditChainHead(9, "head-mac"), "another-mac"));
    }

    [Property]
    public bool Checking_in_batches_agrees_with_verifying_the_whole_chain(PositiveInt length, PositiveInt batch, NonNegativeInt tampered)
    {
        var chain = SampleChain.Build(length.Get % 40 + 1);
        var target = tampered.Get % (chain.Count + 1);
        if (target < chain.Count)
            chain[target].EntityId = "tampered";

        var verifier = new AuditChainVerifier(Key);
        foreach (var page in chain.Chunk(batch.Get % 7 + 1))
            if (page.Any(e => !verifier.Check(e)))
                break;

        var whole = AuditChain.Verify(chain, Key);
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
