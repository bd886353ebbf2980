using System.CommandLine;
using Rehab.Cli.Hosting;

namespace Rehab.Cli.Organization;

internal sealed class CompanyCommand : Command
{
    public CompanyCommand(CliConsole console)
        : base("company", "Work with the companies of an installation, each with its own clinics and users.")
    {
        Subcommands.Add(new CompanyAddCommand(console));
    }
}
