using System.CommandLine;
using Rehab.Cli.Hosting;
using Rehab.Cli.Users;
using Rehab.Data.Organization;

namespace Rehab.Cli.Organization;

/// <summary>Sets up an empty database for a practice: its company, first administrator, maybe a first clinic.</summary>
internal sealed class InitCommand : Command
{
    private readonly NewCompanyOptions _company = new(clinicRequired: false, emailRequired: false);

    public InitCommand(CliConsole console)
        : base("init",
            "Set up an empty database for a practice: apply migrations, then create the company and its first "
            + "administrator (every permission of their type, all clinics), and a first clinic when the --clinic-* "
            + $"options are given. The password is read from {AdminPassword.EnvironmentVariable} when set, else asked "
            + "twice at the terminal without echo, else read as one line from standard input. Refuses a database that "
            + "already has a company; add further companies with company add.")
    {
        _company.AddTo(this);
        this.SetDatabaseAction(console, RunAsync);
    }

    private async Task<int> RunAsync(CommandRun run)
    {
        await MigrateCommand.ApplyAsync(run);
        if (await run.Get<CompanyProvisioning>().DatabaseHasDataAsync(run.Cancellation))
            throw new CommandRefusedException("The database already has a company; init only sets up an empty "
                + "database. Add a further company with rehab company add. Nothing was changed.");
        return await _company.ProvisionAsync(run);
    }
}
