using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Tests.Cli;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Audit;

/// <summary>
/// Someone with the database but not the key folder changes the audit log behind the app's back; each way is found by
/// <c>rehab audit verify</c>, which names what and where (ONC 170.315(d)(3)).
/// </summary>
public sealed class AuditTamperTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in Testing.TestDatabase.Providers)
            foreach (var tamper in AuditTamper.All.Keys)
                data.Add(provider, tamper);
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Every_way_of_tampering_with_the_audit_log_is_detected_and_located(string provider, string tamper)
    {
        await using var database = await AuditTamper.SeededAsync(provider);
        var last = await database.AuditRowsAsync();
        var expected = await AuditTamper.All[tamper](database, last);

        var result = await database.RunAsync("audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("intact:", result.Output);
        Assert.Contains(expected, result.Error);
    }

    [Theory, Providers]
    public async Task The_sealer_refuses_to_seal_over_a_chain_cut_short(string provider)
    {
        await using var database = await AuditTamper.SeededAsync(provider);
        var last = await database.AuditRowsAsync();
        await database.ExecuteSqlAsync($"""DELETE FROM "AuditEntries" WHERE "Sequence" > {last - 3}""");

        var result = await database.RunAsync("audit", "checkpoint");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"entries {last - 2} to {last} are missing from the end of the chain", result.Error);
        Assert.Equal(last, new Rehab.Data.Audit.AuditCheckpointFile(database.Keys.AuditCheckpointFile).Read()?.Sequence);
    }
}

/// <summary>The tampering cases: each changes a seeded, sealed, checkpointed database and returns what verify must say.</summary>
internal static class AuditTamper
{
    public static readonly IReadOnlyDictionary<string, Func<CliDatabase, int, Task<string>>> All =
        new Dictionary<string, Func<CliDatabase, int, Task<string>>>
        {
            ["edit a middle entry"] = async (db, _) =>
            {
                await db.ExecuteSqlAsync("""UPDATE "AuditEntries" SET "UserName" = 'intruder' WHERE "Sequence" = 3""");
                return "broken at position 3: entry";
            },
            ["edit the last entry"] = async (db, last) =>
            {
                await db.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Details" = 'nothing' WHERE "Sequence" = {last}""");
                return $"broken at position {last}: entry";
            },
            ["delete a middle entry"] = async (db, _) =>
            {
                await db.ExecuteSqlAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");
                return "broken at position 3: position 3 is missing";
            },
            ["delete the first entry"] = async (db, _) =>
            {
                await db.ExecuteSqlAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 1""");
                return "broken at position 1: position 1 is missing";
            },
            ["delete the last entry"] = async (db, last) =>
            {
                await db.ExecuteSqlAsync($"""DELETE FROM "AuditEntries" WHERE "Sequence" = {last}""");
                return $"the last entry (position {last}) is missing";
            },
            ["delete the last 100 entries"] = async (db, last) =>
            {
                Assert.True(last > 100, $"the demo writes {last} entries");
                await db.ExecuteSqlAsync($"""DELETE FROM "AuditEntries" WHERE "Sequence" > {last - 100}""");
                return $"entries {last - 99} to {last} are missing from the end of the chain";
            },
            ["delete every entry"] = async (db, last) =>
            {
                await db.ExecuteSqlAsync("""DELETE FROM "AuditEntries" """);
                return $"entries 1 to {last} are missing from the end of the chain";
            },
            ["swap two entries"] = async (db, _) =>
            {
                await db.ExecuteSqlAsync("""UPDATE "AuditEntries" SET "Sequence" = -1 WHERE "Sequence" = 3""");
                await db.ExecuteSqlAsync("""UPDATE "AuditEntries" SET "Sequence" = 3 WHERE "Sequence" = 4""");
                await db.ExecuteSqlAsync("""UPDATE "AuditEntries" SET "Sequence" = 4 WHERE "Sequence" = -1""");
                return "broken at position 3: entry";
            },
            ["re-seal an edited entry and all after it without the key"] = async (db, _) =>
            {
                await ResealFromAsync(db, 5, RandomNumberGenerator.GetBytes(32));
                return "broken at position 5: entry";
            },
            ["add a forged entry at the end"] = async (db, last) =>
            {
                await db.QueryAsync(async d =>
                {
                    var head = await d.AuditEntries.IgnoreQueryFilters().SingleAsync(a => a.Sequence == last);
                    var forged = new AuditEntry
                    {
                        OccurredAt = head.OccurredAt, Action = AuditAction.Login, EntityType = "User",
                        Outcome = AuditOutcome.Success, UserName = "intruder",
                    };
                    AuditChain.Seal(forged, new AuditChainHead(last, head.Mac!), RandomNumberGenerator.GetBytes(32));
                    d.AuditEntries.Add(forged);
                    return await d.SaveChangesAsync();
                });
                return $"broken at position {last + 1}: entry";
            },
            ["unseal a middle entry"] = async (db, _) =>
            {
                await db.ExecuteSqlAsync(
                    """UPDATE "AuditEntries" SET "Sequence" = NULL, "Mac" = NULL, "PreviousMac" = NULL WHERE "Sequence" = 3""");
                return "broken at position 3: position 3 is missing";
            },
            ["edit and unseal the end for the sealer to re-seal"] = async (db, last) =>
            {
                await db.ExecuteSqlAsync($"""
                    UPDATE "AuditEntries" SET "UserName" = 'intruder', "Sequence" = NULL, "Mac" = NULL, "PreviousMac" = NULL
                    WHERE "Sequence" > {last - 5}
                    """);
                var sealing = await db.RunAsync("audit", "checkpoint");
                Assert.Equal(1, sealing.ExitCode);
                return $"entries {last - 4} to {last} are missing from the end of the chain";
            },
            ["remove the checkpoint"] = (db, _) =>
            {
                File.Delete(db.Keys.AuditCheckpointFile);
                return Task.FromResult("there is no checkpoint at");
            },
        };

    public static async Task<CliDatabase> SeededAsync(string provider)
    {
        var database = new CliDatabase(provider);
        var seeded = await database.RunAsync("seed-demo");
        Assert.True(seeded.ExitCode == 0, seeded.Error);
        Assert.True(await database.AuditRowsAsync() >= 4);
        return database;
    }

    /// <summary>Edits the entry at <paramref name="position"/> and recomputes every MAC from there on with a key of one's own.</summary>
    private static Task<int> ResealFromAsync(CliDatabase database, long position, byte[] key) => database.QueryAsync(async db =>
    {
        var chain = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Sequence >= position - 1).OrderBy(a => a.Sequence).ToListAsync();
        var head = new AuditChainHead(chain[0].Sequence!.Value, chain[0].Mac!);
        chain[1].UserName = "intruder";
        foreach (var entry in chain.Skip(1))
        {
            AuditChain.Seal(entry, head, key);
            head = new AuditChainHead(entry.Sequence!.Value, entry.Mac!);
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "AuditEntries" SET "UserName" = {entry.UserName}, "PreviousMac" = {entry.PreviousMac}, "Mac" = {entry.Mac}
                WHERE "Id" = {entry.Id}
                """);
        }
        return chain.Count;
    });
}
