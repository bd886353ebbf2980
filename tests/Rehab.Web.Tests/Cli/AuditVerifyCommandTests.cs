using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Cli;

public sealed class AuditVerifyCommandTests
{
    [Theory, Providers]
    public async Task Verify_reports_an_intact_chain_with_its_row_count(string provider)
    {
        await using var database = await SeededAsync(provider);
        var rows = await database.AuditRowsAsync();

        var result = await database.RunAsync("audit", "verify");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith($"audit chain intact: {rows} rows", result.Output);
        Assert.Equal("", result.Error);
    }

    [Theory, Providers]
    public async Task Verify_reads_the_chain_in_batches_across_page_boundaries(string provider)
    {
        await using var database = await SeededAsync(provider);
        var rows = await database.AuditRowsAsync();

        var result = await database.RunAsync("audit", "verify", "--batch-size", "2");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith($"audit chain intact: {rows} rows", result.Output);
    }

    [Theory, Providers]
    public async Task Verify_names_the_row_altered_behind_the_apps_back(string provider)
    {
        await using var database = await SeededAsync(provider);
        Assert.Equal(1, await database.ExecuteSqlAsync("""UPDATE "AuditEntries" SET "Action"='X' WHERE "Id"=3"""));

        var result = await database.RunAsync("audit", "verify", "--batch-size", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("audit chain broken at row 3: entry 3 was altered", result.Error);
        Assert.DoesNotContain("intact:", result.Output);
    }

    [Theory, Providers]
    public async Task Verify_names_the_row_deleted_from_the_middle(string provider)
    {
        await using var database = await SeededAsync(provider);
        Assert.Equal(1, await database.ExecuteSqlAsync("""DELETE FROM "AuditEntries" WHERE "Id"=3"""));

        var result = await database.RunAsync("audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("audit chain broken at row 3: entry 3 is missing", result.Error);
    }

    [Theory, Providers]
    public async Task Verify_reports_an_empty_chain_as_intact(string provider)
    {
        await using var database = new CliDatabase(provider);
        Assert.Equal(0, (await database.RunAsync("migrate")).ExitCode);

        var result = await database.RunAsync("audit", "verify");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("audit chain intact: 0 rows", result.Output);
    }

    [Fact]
    public async Task Verify_refuses_a_database_that_was_never_created()
    {
        await using var database = new CliDatabase(Testing.TestDatabase.Sqlite);

        var result = await database.RunAsync("audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no database file", result.Error);
    }

    private static async Task<CliDatabase> SeededAsync(string provider)
    {
        var database = new CliDatabase(provider);
        var seeded = await database.RunAsync("seed-demo");
        Assert.True(seeded.ExitCode == 0, seeded.Error);
        Assert.True(await database.AuditRowsAsync() >= 4);
        return database;
    }
}
