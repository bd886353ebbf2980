using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Rehab.Cli.Hosting;
using Rehab.Data.Organization;

namespace Rehab.Cli.Organization;

/// <summary>Fills an empty database with the demo company, so a visitor can sign in and look around.</summary>
internal sealed class SeedDemoCommand : Command
{
    private readonly Option<string?> _password = new("--password")
    {
        Description = "Password for the demo logins. Default: Rehab:Demo:Password from configuration, "
            + $"else \"{DemoSeed.DefaultPassword}\".",
    };

    public SeedDemoCommand(CliConsole console)
        : base("seed-demo",
            "Apply migrations and create the demo company (Desert Sun Rehab, two clinics, an admin login) in an empty "
            + "database, then print the logins. A database that already holds data is left unchanged.")
    {
        Options.Add(_password);
        this.SetDatabaseAction(console, RunAsync);
    }

    private async Task<int> RunAsync(CommandRun run)
    {
        await MigrateCommand.ApplyAsync(run);
        var password = run.Value(_password) ?? run.Get<IConfiguration>()["Rehab:Demo:Password"] ?? DemoSeed.DefaultPassword;
        IReadOnlyList<DemoLogin> logins;
        try
        {
            logins = await run.Get<DemoSeed>().SeedAsync(password, run.Cancellation);
        }
        catch (UserRefusedException refused)
        {
            throw new CommandRefusedException("The demo company was not created, and nothing was changed:"
                + string.Concat(refused.Reasons.Select(r => $"{Environment.NewLine}  {r}")));
        }

        if (logins.Count == 0)
        {
            await run.Output.WriteLineAsync("the database already holds data; nothing was changed");
            return ExitCode.Success;
        }
        await run.Output.WriteLineAsync("demo company created. Sign in with:");
        foreach (var login in logins)
            await run.Output.WriteLineAsync($"  {login.UserName,-12} {login.Password}   ({login.Role})");
        return ExitCode.Success;
    }
}
