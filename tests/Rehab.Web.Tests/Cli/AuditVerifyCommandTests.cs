using Rehab.Web.Tests.Audit;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Cli;

public sealed class AuditVerifyCommandTests
{
    [Theory, Providers]
    public async Task Verify_reports_an_intact_chain_with_its_row_count_and_checkpoint(string provider)
    {
        await using var database = await AuditTamper.SeededAsync(provider);
        var rows = await database.AuditRowsAsync();

        var result = await database.RunAsync("audit", "verify");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith($"audit chain intact: {rows} rows", result.Output);
        Assert.Contains($"agrees with the checkpoint at position {rows}", result.Output);
        Assert.Equal("", result.Error);
    }

    [Theory, Providers]
    public async Task Verify_reads_the_chain_in_batches_across_page_boundaries(string provider)
    {
        await using var database = await AuditTamper.SeededAsync(provider);
        var rows = await database.AuditRowsAsync();

        var result = await database.RunAsync("audit", "verify", "--batch-size", "2");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith($"audit chain intact: {rows} rows", result.Output);
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

    [Theory, Providers]
    public async Task Checkpoint_prints_the_head_an_operator_keeps_elsewhere(string provider)
    {
        await using var database = await AuditTamper.SeededAsync(provider);
        var rows = await database.AuditRowsAsync();

        var result = await database.RunAsync("audit", "checkpoint");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches($"^audit checkpoint: position {rows}, MAC [0-9a-f]{{64}}", result.Output);
        Assert.Contains(database.Keys.AuditCheckpointFile, result.Output);
    }

    [Fact]
    public async Task Verify_without_the_key_folder_names_the_option()
    {
        await using var database = await AuditTamper.SeededAsync(Testing.TestDatabase.Sqlite);
        File.Delete(database.Keys.AuditKeyFile);

        var result = await database.RunAsync("audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the audit chain's key is needed", result.Error);
        Assert.Contains("--keys", result.Error);
    }

    [Fact]
    public async Task Verify_refuses_a_database_that_was_never_created()
    {
        await using var database = new CliDatabase(Testing.TestDatabase.Sqlite);

        var result = await database.RunAsync("audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no database file", result.Error);
    }
}
