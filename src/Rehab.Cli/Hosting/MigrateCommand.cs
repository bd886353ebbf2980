using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Rehab.Data;

namespace Rehab.Cli.Hosting;

internal sealed class MigrateCommand : Command
{
    public MigrateCommand(CliConsole console)
        : base("migrate",
            "Create the database if needed and apply every pending migration, naming each one applied. "
            + "Safe to run again: an up-to-date database is left as it is.")
    {
        this.SetDatabaseAction(console, async run =>
        {
            var applied = await ApplyAsync(run);
            if (applied.Count == 0)
                await run.Output.WriteLineAsync("database is up to date: no migrations to apply");
            return ExitCode.Success;
        });
    }

    /// <summary>Names the database, applies pending migrations and names each one; returns those applied.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(CommandRun run)
    {
        var db = run.Get<RehabDbContext>();
        await run.Output.WriteLineAsync($"database: {DatabaseAction.DescribeDatabase(run.Get<DatabaseOptions>())}");
        var pending = (await db.Database.GetPendingMigrationsAsync(run.Cancellation)).ToList();
        await db.MigrateAsync(run.Cancellation);
        foreach (var migration in pending)
            await run.Output.WriteLineAsync($"applied migration {migration}");
        return pending;
    }
}
