using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rehab.Cli.Hosting;
using Rehab.Core.Audit;
using Rehab.Data;

namespace Rehab.Cli.Audit;

/// <summary>Walks the whole audit chain of every company and reports the first row that was altered or removed.</summary>
internal sealed class AuditVerifyCommand : Command
{
    private readonly Option<int> _batchSize = new("--batch-size")
    {
        Description = "Audit rows read per query.",
        DefaultValueFactory = _ => 1000,
        HelpName = "rows",
    };

    public AuditVerifyCommand(CliConsole console)
        : base("verify",
            "Check the audit log's hash chain, row by row across all companies: every entry present, unaltered, and "
            + "linked to the one before. Prints \"audit chain intact: N rows\" and exits 0, or names the first altered "
            + "or missing row and exits 1.")
    {
        _batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError($"{_batchSize.Name} must be at least 1.");
        });
        Options.Add(_batchSize);
        this.SetDatabaseAction(console, RunAsync);
    }

    private async Task<int> RunAsync(CommandRun run)
    {
        var db = run.Get<RehabDbContext>();
        await RequireMigratedDatabaseAsync(run, db);
        var batchSize = run.Value(_batchSize);
        var verifier = new AuditChainVerifier();
        long after = 0;
        while (true)
        {
            var batch = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Id > after).OrderBy(a => a.Id).Take(batchSize)
                .ToListAsync(run.Cancellation);
            foreach (var entry in batch)
                if (!verifier.Check(entry))
                    break;
            if (verifier.IsBroken || batch.Count < batchSize)
                break;
            after = batch[^1].Id;
        }

        var result = verifier.Result;
        if (!result.IsIntact)
        {
            await run.Console.Error.WriteLineAsync($"audit chain broken at row {result.FirstBadRow}: {result.Problem}");
            await run.Console.Error.WriteLineAsync($"the {result.CheckedRows} rows before it are intact");
            return ExitCode.Failure;
        }
        await run.Output.WriteLineAsync($"audit chain intact: {result.CheckedRows} rows");
        if (verifier.LastId is { } lastId)
            await run.Output.WriteLineAsync($"last entry {lastId} has hash {verifier.LastHash}");
        return ExitCode.Success;
    }

    private static async Task RequireMigratedDatabaseAsync(CommandRun run, RehabDbContext db)
    {
        var database = run.Get<DatabaseOptions>();
        if (database.Provider == DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(database.ConnectionString).DataSource is var file
            && file != ":memory:" && !File.Exists(file))
            throw new CommandRefusedException($"There is no database file at {file}.");
        if (!(await db.Database.GetAppliedMigrationsAsync(run.Cancellation)).Any())
            throw new CommandRefusedException("The database has no Rehab EMR tables yet; run rehab migrate or rehab init first.");
    }
}
