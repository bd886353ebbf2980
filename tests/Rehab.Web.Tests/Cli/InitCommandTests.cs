using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Cli.Users;
using Rehab.Core.Users;
using Rehab.Data.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Cli;

public sealed class InitCommandTests
{
    public const string Password = "sonoran sunrise 2026";

    public static readonly string[] InitSonoran =
        ["init", "--company", "Sonoran Physical Therapy", "--tax-id", "12-3456789", "--admin-username", "pat.owner",
         "--admin-name", "Pat Owner"];

    public static readonly string[] TempeClinic =
        ["--clinic-name", "Tempe", "--clinic-address", "1 S Mill Ave", "--clinic-city", "Tempe", "--clinic-state", "az",
         "--clinic-zip", "85281", "--clinic-phone", "4805550100", "--clinic-time-zone", "America/Phoenix"];

    [Theory, Providers]
    public async Task Init_creates_the_company_and_an_admin_whose_password_works(string provider)
    {
        await using var database = new CliDatabase(provider);

        var result = await database.RunAsync(InitSonoran, Password + "\n");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("created company Sonoran Physical Therapy", result.Output);
        Assert.Contains("created administrator pat.owner", result.Output);
        await database.QueryAsync(async (services, db) =>
        {
            var company = await db.Companies.IgnoreQueryFilters().SingleAsync();
            Assert.Equal("12-3456789", company.TaxId?.Value);
            Assert.Empty(await db.Clinics.IgnoreQueryFilters().ToListAsync());

            var users = services.GetRequiredService<UserManager<RehabUser>>();
            var admin = await users.FindByNameAsync("pat.owner");
            Assert.NotNull(admin);
            Assert.Equal(company.Id, admin.CompanyId);
            Assert.Equal("Pat Owner", admin.DisplayName);
            Assert.Equal(UserType.Clerical, admin.UserType);
            Assert.True(admin.AllClinics);
            Assert.True(await users.CheckPasswordAsync(admin, Password));
            Assert.False(await users.CheckPasswordAsync(admin, Password + "x"));

            var permissions = await db.UserPermissions.IgnoreQueryFilters().Where(p => p.UserId == admin.Id)
                .Select(p => p.Permission).ToListAsync();
            Assert.Equal(PermissionRules.FirstAdministrator(UserType.Clerical).Order(), permissions.Order());

            var actors = await db.AuditEntries.IgnoreQueryFilters().Select(a => a.UserName).Distinct().ToListAsync();
            Assert.Equal(["rehab-cli"], actors);
            return true;
        });
    }

    [Theory, Providers]
    public async Task The_administrator_from_init_is_not_limited_to_CompanyAdmin(string provider)
    {
        await using var database = new CliDatabase(provider);
        var result = await database.RunAsync([.. InitSonoran, .. TempeClinic], Password + "\n");
        Assert.True(result.ExitCode == 0, result.Error);
        var clinic = await database.QueryAsync(db => db.Clinics.IgnoreQueryFilters().Select(c => c.Id).SingleAsync());
        await using var host = new InstallationHost(database.Database);

        var admin = await host.SignInAsync("pat.owner", Password);

        await FirstAdministrator.ManagesUsersAsync(admin, "pat.owner", clinic);
    }

    [Theory, Providers]
    public async Task Init_creates_a_first_clinic_from_the_clinic_options(string provider)
    {
        await using var database = new CliDatabase(provider);

        var result = await database.RunAsync([.. InitSonoran, .. TempeClinic], Password + "\n");

        Assert.True(result.ExitCode == 0, result.Error);
        var clinic = await database.QueryAsync(db => db.Clinics.IgnoreQueryFilters().SingleAsync());
        Assert.Equal("Tempe", clinic.Name);
        Assert.Equal("AZ", clinic.Address.State);
        Assert.Equal("America/Phoenix", clinic.TimeZoneId);
        Assert.Contains("created clinic Tempe", result.Output);
    }

    [Theory, Providers]
    public async Task Init_reads_the_password_from_REHAB_ADMIN_PASSWORD(string provider)
    {
        await using var database = new CliDatabase(provider);
        Environment.SetEnvironmentVariable(AdminPassword.EnvironmentVariable, Password);
        CliResult result;
        try
        {
            result = await database.RunAsync(InitSonoran, "not the password\n");
        }
        finally
        {
            Environment.SetEnvironmentVariable(AdminPassword.EnvironmentVariable, null);
        }

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(await database.QueryAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<RehabUser>>();
            return await users.CheckPasswordAsync((await users.FindByNameAsync("pat.owner"))!, Password);
        }));
    }

    [Theory, Providers]
    public async Task Init_refuses_a_database_that_already_has_a_company(string provider)
    {
        await using var database = new CliDatabase(provider);
        Assert.Equal(0, (await database.RunAsync("seed-demo")).ExitCode);
        var auditRows = await database.AuditRowsAsync();
        var companies = await database.CompaniesAsync();

        var result = await database.RunAsync(InitSonoran, Password + "\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already has a company", result.Error);
        Assert.Equal(companies, await database.CompaniesAsync());
        Assert.Equal(auditRows, await database.AuditRowsAsync());
    }

    [Theory, Providers]
    public async Task Init_refuses_a_short_password_and_creates_nothing(string provider)
    {
        await using var database = new CliDatabase(provider);

        var result = await database.RunAsync(InitSonoran, "too short\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"at least {PasswordRules.MinimumLength} characters", result.Error);
        Assert.Equal(0, await database.CompaniesAsync());
        Assert.Equal(0, await database.AuditRowsAsync());
    }

    [Theory, Providers]
    public async Task Init_refuses_when_no_password_is_given(string provider)
    {
        await using var database = new CliDatabase(provider);

        var result = await database.RunAsync(InitSonoran, "");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(AdminPassword.EnvironmentVariable, result.Error);
        Assert.Equal(0, await database.CompaniesAsync());
    }

    [Fact]
    public async Task Init_names_each_invalid_option_as_a_usage_error_before_touching_the_database()
    {
        await using var database = new CliDatabase(Testing.TestDatabase.Sqlite);

        var result = await database.RunAsync(
            ["init", "--company", "Sonoran", "--tax-id", "123", "--admin-username", "pat owner",
             "--clinic-name", "Tempe", "--clinic-zip", "852", "--clinic-time-zone", "Mars/Olympus"],
            Password + "\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--tax-id: Tax id must be nine digits", result.Error);
        Assert.Contains("--admin-username:", result.Error);
        Assert.Contains("--clinic-zip: ZIP code", result.Error);
        Assert.Contains("--clinic-time-zone: Time zone", result.Error);
        Assert.Contains("--clinic-address: Street address is required.", result.Error);
        Assert.False(File.Exists(database.Database.ConnectionString.Split(';')[0]["Data Source=".Length..]));
    }
}
