using System.CommandLine;

namespace Rehab.Cli.Hosting;

internal sealed class KeysCommand : Command
{
    public KeysCommand(CliConsole console)
        : base("keys",
            "Work with the key folder (Rehab:Keys:Directory): the secrets kept outside the database, so that a copy "
            + "of the database alone can neither mint sign-ins nor re-seal the audit log.")
    {
        Subcommands.Add(new KeysCreateCommand(console));
    }
}
