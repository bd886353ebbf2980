using System.CommandLine;
using Microsoft.Data.Sqlite;
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

    /// <summary>Refuses a missing database or one behind on migrations; commands adding data never migrate.</summary>
    public static async Task RequireUpToDateAsync(CommandRun run)
    {
        var database = run.Get<DatabaseOptions>();
        if (database.Provider == DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(database.ConnectionString).DataSource is var file
            && file != ":memory:" && !File.Exists(file))
            throw new CommandRefusedException(
                $"There is no database file at {file}; run rehab migrate or rehab init first.");
        var pending = await run.Get<RehabDbContext>().Database.GetPendingMigrationsAsync(run.Cancellation);
        if (pending.Any())
            throw new CommandRefusedException(
                "The database is not up to date with this version; run rehab migrate first. Nothing was changed.");
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
