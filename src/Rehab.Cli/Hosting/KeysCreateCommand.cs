using System.CommandLine;
using Rehab.Data;

namespace Rehab.Cli.Hosting;

/// <summary>Creates the key files a folder lacks, and only those; needs no database.</summary>
internal sealed class KeysCreateCommand : Command
{
    private readonly Option<string> _directory = new("--directory")
    {
        Description = "The key folder, as the web app's Rehab:Keys:Directory names it; created when missing.",
        HelpName = "folder",
        Required = true,
    };

    public KeysCreateCommand(CliConsole console)
        : base("create",
            "Create the keys of a new installation in a folder: the audit chain key and the certificate that encrypts "
            + "the sign-in key ring in the database. Files already there are kept as they are; each file created is "
            + "named. Keep the folder outside the database's backups and back it up on its own.")
    {
        Options.Add(_directory);
        SetAction(parseResult => Run(parseResult, console));
    }

    private int Run(ParseResult parseResult, CliConsole console)
    {
        var keys = new KeyDirectory(parseResult.GetValue(_directory)!);
        IReadOnlyList<string> created;
        try
        {
            created = keys.CreateMissing();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"rehab: cannot create the keys in {keys.Path}: {e.Message}");
            return ExitCode.Failure;
        }
        if (created.Count == 0)
        {
            console.Output.WriteLine($"nothing to create: {keys.Path} already holds every key file");
            return ExitCode.Success;
        }
        foreach (var file in created)
            console.Output.WriteLine($"created {Path.Combine(keys.Path, file)}");
        console.Output.WriteLine("keep these files and back them up apart from the database");
        return ExitCode.Success;
    }
}
