using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rehab.Cli.Hosting;
using Rehab.Data;
using Rehab.Data.Audit;

namespace Rehab.Cli.Audit;

/// <summary>Checks the whole keyed audit chain of every company against its key and its checkpoint.</summary>
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
            "Check the audit log's keyed chain across all companies with the key from the key folder: every position "
            + "present, every entry unaltered and linked to the one before, the end of the chain at or past the "
            + "checkpoint kept beside the key, and no entry left unsealed. Prints \"audit chain intact: N rows\" and "
            + "exits 0, or names the first break and exits 1.")
    {
        _batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError($"{_batchSize.Name} must be at least 1.");
        });
        Options.Add(_batchSize);
        this.SetDatabaseAction(console, RunAsync, sealsAudit: false);
    }

    private async Task<int> RunAsync(CommandRun run)
    {
        var db = run.Get<RehabDbContext>();
        await AuditCommand.RequireMigratedDatabaseAsync(run, db);
        var keys = AuditCommand.RequireKeys(run);
        var report = await AuditVerification.RunAsync(db, keys, run.Get<TimeProvider>().GetUtcNow(),
            run.Value(_batchSize), run.Cancellation);

        var result = report.Result;
        if (!result.IsIntact)
        {
            await run.Console.Error.WriteLineAsync(
                $"audit chain broken at position {result.FirstBadRow}: {result.Problem}");
            await run.Console.Error.WriteLineAsync($"the {result.CheckedRows} entries before it are intact");
            return ExitCode.Failure;
        }
        await run.Output.WriteLineAsync($"audit chain intact: {result.CheckedRows} rows");
        if (report.Head.Sequence > 0)
            await run.Output.WriteLineAsync($"last entry at position {report.Head.Sequence} has MAC {report.Head.Mac}");
        if (report.Checkpoint is { } checkpoint)
            await run.Output.WriteLineAsync(
                $"agrees with the checkpoint at position {checkpoint.Sequence} of {checkpoint.WrittenAt:u}");
        if (report.Unsealed > 0)
            await run.Output.WriteLineAsync($"{report.Unsealed} entries written in the last minutes await their seal");
        return ExitCode.Success;
    }
}
