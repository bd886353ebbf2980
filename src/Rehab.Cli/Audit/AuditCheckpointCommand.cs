using System.CommandLine;
using Rehab.Cli.Hosting;
using Rehab.Data;
using Rehab.Data.Audit;

namespace Rehab.Cli.Audit;

/// <summary>Seals what is waiting, writes the checkpoint beside the key and prints it for an operator.</summary>
internal sealed class AuditCheckpointCommand : Command
{
    public AuditCheckpointCommand(CliConsole console)
        : base("checkpoint",
            "Seal the audit entries waiting for their seal, write the head of the chain (position and MAC) to the "
            + "checkpoint file beside the key, and print it. Keep the printed line somewhere other than this server: "
            + "with it, entries cut off the end of the chain are found even if the file is lost.")
    {
        this.SetDatabaseAction(console, RunAsync, sealsAudit: false);
    }

    private static async Task<int> RunAsync(CommandRun run)
    {
        await AuditCommand.RequireMigratedDatabaseAsync(run, run.Get<RehabDbContext>());
        var keys = AuditCommand.RequireKeys(run);
        var sealing = await run.Get<AuditSealer>().SealPendingAsync(checkpoint: true, run.Cancellation);
        if (sealing.Problem is { } problem)
            throw new CommandRefusedException($"no checkpoint was written: {problem}");
        var head = sealing.Head!;
        await run.Output.WriteLineAsync($"audit checkpoint: position {head.Sequence}, MAC {head.Mac}");
        await run.Output.WriteLineAsync($"written to {keys.AuditCheckpointFile} ({sealing.Sealed} entries sealed now)");
        return ExitCode.Success;
    }
}
