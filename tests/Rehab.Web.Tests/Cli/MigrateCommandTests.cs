using Microsoft.EntityFrameworkCore;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Cli;

public sealed class MigrateCommandTests
{
    [Theory, Providers]
    public async Task Migrate_applies_every_migration_once_and_then_has_nothing_to_do(string provider)
    {
        await using var database = new CliDatabase(provider);

        var first = await database.RunAsync("migrate");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("applied migration", first.Output);
        var applied = await database.QueryAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        Assert.All(applied, m => Assert.Contains($"applied migration {m}", first.Output));
        Assert.NotEmpty(applied);

        var second = await database.RunAsync("migrate");
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("applied migration", second.Output);
        Assert.Contains("up to date", second.Output);
        Assert.Empty(await database.QueryAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
    }
}
