using System.CommandLine;
using Rehab.Cli.Hosting;
using Rehab.Cli.Users;

namespace Rehab.Cli.Organization;

/// <summary>Provisions a further company on a running installation: company, first clinic, administrator.</summary>
internal sealed class CompanyAddCommand : Command
{
    private readonly NewCompanyOptions _company = new(clinicRequired: true, emailRequired: true);

    public CompanyAddCommand(CliConsole console)
        : base("add",
            "Add a company to a migrated database that may already serve others: the company, its first clinic (the "
            + "--clinic-* options) and its first administrator (every permission of their type, all clinics). The "
            + $"password is read as init reads it: {AdminPassword.EnvironmentVariable}, else the terminal, else one "
            + "line of standard input. Refuses a company name or tax id, user name or e-mail already in use.")
    {
        _company.AddTo(this);
        this.SetDatabaseAction(console, RunAsync);
    }

    private async Task<int> RunAsync(CommandRun run)
    {
        await MigrateCommand.RequireUpToDateAsync(run);
        return await _company.ProvisionAsync(run);
    }
}
