using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.AspNetCore.Identity;
using Rehab.Cli.Hosting;
using Rehab.Cli.Users;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;

namespace Rehab.Cli.Organization;

/// <summary>Sets up an empty database for a real practice: its company, first administrator, and optionally a first clinic.</summary>
internal sealed class InitCommand : Command
{
    private readonly Option<string> _company = new("--company")
    {
        Description = "The company's name, as patients and payers know it.", Required = true, HelpName = "name",
    };
    private readonly Option<string?> _taxId = new("--tax-id")
    {
        Description = "The company's federal tax id (EIN), written 12-3456789.", HelpName = "ein",
    };
    private readonly Option<string> _adminUserName = new("--admin-username")
    {
        Description = "User name the administrator signs in with: letters, digits and - . _ @ +.", Required = true, HelpName = "user",
    };
    private readonly Option<string?> _adminName = new("--admin-name")
    {
        Description = "The administrator's name as shown in the app. Default: the user name.", HelpName = "display-name",
    };
    private readonly Option<UserType> _adminType = new("--admin-type")
    {
        Description = "What the administrator is in the clinic; decides the license they use.",
        DefaultValueFactory = _ => UserType.Clerical,
    };

    /// <summary>The first clinic's options by the field names <see cref="ClinicDetails.Validate"/> reports.</summary>
    private readonly Dictionary<string, Option<string?>> _clinic = new(StringComparer.Ordinal)
    {
        ["name"] = ClinicOption("--clinic-name", "name",
            "First clinic: its name. Give the --clinic-* options to create one clinic now; more can be added in the app."),
        ["addressLine1"] = ClinicOption("--clinic-address", "street", "First clinic: street address."),
        ["addressLine2"] = ClinicOption("--clinic-address2", "suite", "First clinic: address line 2, such as a suite."),
        ["city"] = ClinicOption("--clinic-city", "city", "First clinic: city."),
        ["state"] = ClinicOption("--clinic-state", "state", "First clinic: two-letter state code, such as AZ."),
        ["postalCode"] = ClinicOption("--clinic-zip", "zip", "First clinic: ZIP code, 12345 or 12345-6789."),
        ["phone"] = ClinicOption("--clinic-phone", "phone", "First clinic: 10-digit phone number."),
        ["npi"] = ClinicOption("--clinic-npi", "npi", "First clinic: its type 2 NPI, ten digits."),
        ["taxId"] = ClinicOption("--clinic-tax-id", "ein", "First clinic: its own tax id when it bills under one, 12-3456789."),
        ["timeZone"] = ClinicOption("--clinic-time-zone", "zone",
            "First clinic: the IANA time zone its dates of service are counted in, such as America/Phoenix."),
    };

    public InitCommand(CliConsole console)
        : base("init",
            "Set up an empty database for a practice: apply migrations, then create the company and its first "
            + "administrator (company admin, all clinics), and a first clinic when the --clinic-* options are given. "
            + $"The password is read from {AdminPassword.EnvironmentVariable} when set, else asked twice at the terminal "
            + "without echo, else read as one line from standard input. Refuses a database that already has a company.")
    {
        Options.Add(_company);
        Options.Add(_taxId);
        Options.Add(_adminUserName);
        Options.Add(_adminName);
        Options.Add(_adminType);
        foreach (var option in _clinic.Values)
            Options.Add(option);
        Validators.Add(Validate);
        this.SetDatabaseAction(console, RunAsync);
    }

    private async Task<int> RunAsync(CommandRun run)
    {
        await MigrateCommand.ApplyAsync(run);
        var provisioning = run.Get<CompanyProvisioning>();
        if (await provisioning.DatabaseHasDataAsync(run.Cancellation))
            throw new CommandRefusedException("The database already has a company; init only sets up an empty database. Nothing was changed.");

        var password = await AdminPassword.ReadAsync(run.Console, run.Cancellation);
        var userName = run.Value(_adminUserName)!.Trim();
        var clinic = ClinicFrom(field => run.Value(_clinic[field]));
        ProvisionedCompany created;
        try
        {
            created = await provisioning.CreateAsync(new NewCompany(
                run.Value(_company)!.Trim(),
                Blank(run.Value(_taxId)),
                clinic is null ? [] : [clinic],
                new NewUser(userName, Blank(run.Value(_adminName)) ?? userName, password, run.Value(_adminType),
                    [Permission.CompanyAdmin])), run.Cancellation);
        }
        catch (UserRefusedException refused)
        {
            throw new CommandRefusedException("The administrator was not created, and nothing was changed:"
                + string.Concat(refused.Reasons.Select(r => $"{Environment.NewLine}  {r}")));
        }

        await run.Output.WriteLineAsync($"created company {created.Company.Name} ({created.Company.Id})");
        foreach (var c in created.Clinics)
            await run.Output.WriteLineAsync($"created clinic {c.Name} ({c.Id}), time zone {c.TimeZoneId}");
        await run.Output.WriteLineAsync($"created administrator {created.Admin.UserName}: company admin, all clinics");
        return ExitCode.Success;
    }

    private void Validate(CommandResult result)
    {
        foreach (var (field, messages) in new CompanyDetails(result.GetValue(_company), result.GetValue(_taxId), null).Validate().ToDictionary())
            foreach (var message in messages)
                result.AddError($"{(field == "taxId" ? _taxId.Name : _company.Name)}: {message}");

        var userName = result.GetValue(_adminUserName)?.Trim();
        var allowed = AllowedUserNameCharacters();
        if (string.IsNullOrEmpty(userName) || userName.Any(c => !allowed.Contains(c)))
            result.AddError($"{_adminUserName.Name}: a user name may use only letters, digits and - . _ @ +, without spaces.");
        else if (userName.Length > 256)
            result.AddError($"{_adminUserName.Name}: a user name must be at most 256 characters.");
        if (result.GetValue(_adminName) is { Length: > 200 })
            result.AddError($"{_adminName.Name}: a display name must be at most 200 characters.");

        if (ClinicFrom(field => result.GetValue(_clinic[field])) is { } clinic)
            foreach (var (field, messages) in clinic.Validate().ToDictionary())
                foreach (var message in messages)
                    result.AddError($"{_clinic[field].Name}: {message}");
    }

    /// <summary>The clinic the options describe, or null when no clinic option was given.</summary>
    private ClinicDetails? ClinicFrom(Func<string, string?> value) =>
        _clinic.Keys.All(field => string.IsNullOrWhiteSpace(value(field)))
            ? null
            : new ClinicDetails(value("name"), value("addressLine1"), value("addressLine2"), value("city"), value("state"),
                value("postalCode"), value("phone"), value("npi"), value("taxId"), value("timeZone"));

    private static Option<string?> ClinicOption(string name, string helpName, string description) =>
        new(name) { Description = description, HelpName = helpName };

    private static string AllowedUserNameCharacters()
    {
        var identity = new IdentityOptions();
        DataServices.ConfigureIdentity(identity);
        return identity.User.AllowedUserNameCharacters;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
