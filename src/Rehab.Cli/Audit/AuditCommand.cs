using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Cli.Hosting;
using Rehab.Data;

namespace Rehab.Cli.Audit;

internal sealed class AuditCommand : Command
{
    public AuditCommand(CliConsole console)
        : base("audit",
            "Work with the audit log: the append-only record of who did or saw what, sealed on a keyed chain.")
    {
        Subcommands.Add(new AuditVerifyCommand(console));
        Subcommands.Add(new AuditCheckpointCommand(console));
    }

    public static KeyDirectory RequireKeys(CommandRun run) =>
        run.Services.GetService<KeyDirectory>() is { } keys && File.Exists(keys.AuditKeyFile)
            ? keys
            : throw new CommandRefusedException(
                $"the audit chain's key is needed: name the key folder with {DatabaseSelection.KeysName} or "
                + $"{KeyDirectory.ConfigurationKey}" + (run.Services.GetService<KeyDirectory>() is { } missing
                    ? $" ({missing.AuditKeyFile} does not exist)" : ""));

    public static async Task RequireMigratedDatabaseAsync(CommandRun run, RehabDbContext db)
    {
        var database = run.Get<DatabaseOptions>();
        if (database.Provider == DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(database.ConnectionString).DataSource is var file
            && file != ":memory:" && !File.Exists(file))
            throw new CommandRefusedException($"There is no database file at {file}.");
        if (!(await db.Database.GetAppliedMigrationsAsync(run.Cancellation)).Any())
            throw new CommandRefusedException(
                "The database has no Rehab EMR tables yet; run rehab migrate or rehab init first.");
    }
}
