using System.CommandLine;
using Rehab.Cli.Audit;
using Rehab.Cli.Billing;
using Rehab.Cli.Hosting;
using Rehab.Cli.Organization;

namespace Rehab.Cli;

/// <summary>The <c>rehab</c> command line: database setup and checks for administrators of a Rehab EMR installation.</summary>
public static class RehabCli
{
    /// <summary>
    /// Runs the command line and returns its exit code: 0 success, 1 failure (reason on <paramref name="error"/>),
    /// 2 usage error. <paramref name="input"/> stands in for redirected standard input; null uses the process's own.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader? input = null,
        CancellationToken cancellationToken = default)
    {
        var console = CliConsole.For(output, error, input);
        var parsed = CreateRootCommand(console).Parse(args);
        var exitCode = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        return parsed.Errors.Count > 0 ? ExitCode.Usage : exitCode;
    }

    private static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand(
            "Rehab EMR administration: create and migrate the database, set up the first company and add others, "
            + "seed the demo, verify the audit log, work out a note's billed units, create the key folder. "
            + "The database is chosen like the web app's: Database:Provider and "
            + "ConnectionStrings:Rehab from appsettings.json in the current directory, then the environment variables "
            + "Database__Provider and ConnectionStrings__Rehab, then --provider and --connection. Relative SQLite paths "
            + "are resolved against the current directory, so from the repository root the web app's default database is "
            + "--connection \"Data Source=src/Rehab.Web/data/rehab.db\".");
        root.Options.Add(DatabaseSelection.ProviderOption());
        root.Options.Add(DatabaseSelection.ConnectionOption());
        root.Options.Add(DatabaseSelection.KeysOption());
        root.Subcommands.Add(new MigrateCommand(console));
        root.Subcommands.Add(new InitCommand(console));
        root.Subcommands.Add(new CompanyCommand(console));
        root.Subcommands.Add(new SeedDemoCommand(console));
        root.Subcommands.Add(new AuditCommand(console));
        root.Subcommands.Add(new UnitsCommand(console));
        root.Subcommands.Add(new KeysCommand(console));
        return root;
    }
}
