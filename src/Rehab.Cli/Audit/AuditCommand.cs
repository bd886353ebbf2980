using System.CommandLine;
using Rehab.Cli.Hosting;

namespace Rehab.Cli.Audit;

internal sealed class AuditCommand : Command
{
    public AuditCommand(CliConsole console)
        : base("audit", "Work with the audit log: the append-only, hash-chained record of who did or saw what.")
    {
        Subcommands.Add(new AuditVerifyCommand(console));
    }
}
