using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Rehab.Cli.Hosting;
using Rehab.Cli.Users;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;

namespace Rehab.Cli.Organization;

/// <summary>
/// The options naming a new company, its first administrator and first clinic, their checks, and the provisioning
/// they lead to: shared by <c>init</c> and <c>company add</c>.
/// </summary>
internal sealed class NewCompanyOptions
{
    private readonly bool _clinicRequired;

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
        Description = "User name the administrator signs in with: letters, digits and - . _ @ +.", Required = true,
        HelpName = "user",
    };
    private readonly Option<string?> _adminName = new("--admin-name")
    {
        Description = "The administrator's name as shown in the app. Default: the user name.",
        HelpName = "display-name",
    };
    private readonly Option<string?> _adminEmail;
    private readonly Option<UserType> _adminType = new("--admin-type")
    {
        Description = "What the administrator is in the clinic; decides the license they use.",
        DefaultValueFactory = _ => UserType.Clerical,
    };

    /// <summary>The first clinic's options by the field names <see cref="ClinicDetails.Validate"/> reports.</summary>
    private readonly Dictionary<string, Option<string?>> _clinic;

    public NewCompanyOptions(bool clinicRequired, bool emailRequired)
    {
        _clinicRequired = clinicRequired;
        _adminEmail = new("--admin-email")
        {
            Description = "The administrator's e-mail address; no other user of the installation may have it.",
            Required = emailRequired, HelpName = "address",
        };
        _clinic = new(StringComparer.Ordinal)
        {
            ["name"] = ClinicOption("--clinic-name", "name", clinicRequired
                ? "First clinic: its name. More clinics can be added in the app."
                : "First clinic: its name. Give the --clinic-* options to create one clinic now; "
                  + "more can be added in the app."),
            ["addressLine1"] = ClinicOption("--clinic-address", "street", "First clinic: street address."),
            ["addressLine2"] = ClinicOption("--clinic-address2", "suite",
                "First clinic: address line 2, such as a suite."),
            ["city"] = ClinicOption("--clinic-city", "city", "First clinic: city."),
            ["state"] = ClinicOption("--clinic-state", "state", "First clinic: two-letter state code, such as AZ."),
            ["postalCode"] = ClinicOption("--clinic-zip", "zip", "First clinic: ZIP code, 12345 or 12345-6789."),
            ["phone"] = ClinicOption("--clinic-phone", "phone", "First clinic: 10-digit phone number."),
            ["npi"] = ClinicOption("--clinic-npi", "npi", "First clinic: its type 2 NPI, ten digits."),
            ["taxId"] = ClinicOption("--clinic-tax-id", "ein",
                "First clinic: its own tax id when it bills under one, 12-3456789."),
            ["timeZone"] = ClinicOption("--clinic-time-zone", "zone",
                "First clinic: the IANA time zone its dates of service are counted in, such as America/Phoenix."),
        };
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _company, _taxId, _adminUserName, _adminName, _adminEmail, _adminType })
            command.Options.Add(option);
        foreach (var option in _clinic.Values)
            command.Options.Add(option);
        command.Validators.Add(Validate);
    }

    /// <summary>
    /// Refuses what the database already has, then reads the password and creates the company, its clinic and its
    /// administrator, who holds every permission of their type and all clinics; prints what was created.
    /// </summary>
    public async Task<int> ProvisionAsync(CommandRun run)
    {
        var provisioning = run.Get<CompanyProvisioning>();
        var draft = Request(run, password: "");
        if (await provisioning.ConflictsAsync(draft, run.Cancellation) is { Count: > 0 } conflicts)
            throw new CommandRefusedException(string.Join(Environment.NewLine, conflicts) + " Nothing was changed.");

        var password = await AdminPassword.ReadAsync(run.Console, run.Cancellation);
        var request = draft with { Admin = draft.Admin with { Password = password } };
        ProvisionedCompany created;
        try
        {
            created = await provisioning.CreateAsync(request, run.Cancellation);
        }
        catch (UserRefusedException refused)
        {
            throw new CommandRefusedException("The administrator was not created, and nothing was changed:"
                + string.Concat(refused.Reasons.Select(r => $"{Environment.NewLine}  {r}")));
        }

        await run.Output.WriteLineAsync($"created company {created.Company.Name} ({created.Company.Id})");
        foreach (var c in created.Clinics)
            await run.Output.WriteLineAsync($"created clinic {c.Name} ({c.Id}), time zone {c.TimeZoneId}");
        await run.Output.WriteLineAsync(
            $"created administrator {created.Admin.UserName}: "
            + $"every permission of a {created.Admin.UserType} user, all clinics");
        return ExitCode.Success;
    }

    private NewCompany Request(CommandRun run, string password)
    {
        var userName = run.Value(_adminUserName)!.Trim();
        var type = run.Value(_adminType);
        var clinic = ClinicFrom(field => run.Value(_clinic[field]));
        return new NewCompany(run.Value(_company)!.Trim(), Blank(run.Value(_taxId)), clinic is null ? [] : [clinic],
            new NewUser(userName, Blank(run.Value(_adminName)) ?? userName, password, type,
                PermissionRules.FirstAdministrator(type), Email: Blank(run.Value(_adminEmail))));
    }

    private void Validate(CommandResult result)
    {
        var company = new CompanyDetails(result.GetValue(_company), result.GetValue(_taxId), null);
        foreach (var (field, messages) in company.Validate().ToDictionary())
            foreach (var message in messages)
                result.AddError($"{(field == "taxId" ? _taxId.Name : _company.Name)}: {message}");

        var userName = result.GetValue(_adminUserName)?.Trim();
        var allowed = AllowedUserNameCharacters();
        if (string.IsNullOrEmpty(userName) || userName.Any(c => !allowed.Contains(c)))
            result.AddError(
                $"{_adminUserName.Name}: a user name may use only letters, digits and - . _ @ +, without spaces.");
        else if (userName.Length > 256)
            result.AddError($"{_adminUserName.Name}: a user name must be at most 256 characters.");
        if (result.GetValue(_adminName) is { Length: > 200 })
            result.AddError($"{_adminName.Name}: a display name must be at most 200 characters.");
        if (Blank(result.GetValue(_adminEmail)) is { } email
            && (email.Length > 256 || !MailAddress.TryCreate(email, out _)))
            result.AddError($"{_adminEmail.Name}: give an address such as name@clinic.com, at most 256 characters.");

        var clinic = ClinicFrom(field => result.GetValue(_clinic[field]));
        if (clinic is null && _clinicRequired)
            clinic = new ClinicDetails(null, null, null, null, null, null, null, null, null, null);
        if (clinic is not null)
            foreach (var (field, messages) in clinic.Validate().ToDictionary())
                foreach (var message in messages)
                    result.AddError($"{_clinic[field].Name}: {message}");
    }

    /// <summary>The clinic the options describe, or null when no clinic option was given.</summary>
    private ClinicDetails? ClinicFrom(Func<string, string?> value) =>
        _clinic.Keys.All(field => string.IsNullOrWhiteSpace(value(field)))
            ? null
            : new ClinicDetails(value("name"), value("addressLine1"), value("addressLine2"), value("city"),
                value("state"), value("postalCode"), value("phone"), value("npi"), value("taxId"), value("timeZone"));

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
