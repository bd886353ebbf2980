using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Cli.InitCommandTests;

namespace Rehab.Web.Tests.Cli;

public sealed class CompanyAddCommandTests
{
    private static readonly string[] AddMesa =
        ["company", "add", "--company", "Mesa Hand Therapy", "--tax-id", "98-7654321", "--admin-username", "lee.mesa",
         "--admin-email", "lee@mesa-hand.test", "--admin-name", "Lee Mesa",
         "--clinic-name", "Mesa Main", "--clinic-address", "2 W Main St", "--clinic-city", "Mesa",
         "--clinic-state", "AZ", "--clinic-zip", "85201", "--clinic-time-zone", "America/Phoenix"];

    private static string[] With(string[] args, string option, string value)
    {
        var copy = args.ToArray();
        copy[Array.IndexOf(copy, option) + 1] = value;
        return copy;
    }

    [Theory, Providers]
    public async Task A_further_company_needs_no_SQL_and_sees_only_its_own_users_clinics_and_audit_log(string provider)
    {
        await using var database = new CliDatabase(provider);
        Assert.Equal(0, (await database.RunAsync([.. InitSonoran, .. TempeClinic], Password + "\n")).ExitCode);

        var result = await database.RunAsync(AddMesa, Password + "\n");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("created company Mesa Hand Therapy", result.Output);
        Assert.Contains("created clinic Mesa Main", result.Output);
        Assert.Contains("created administrator lee.mesa", result.Output);
        Assert.Equal(2, await database.CompaniesAsync());
        var mesaClinic = await database.QueryAsync(db => db.Clinics.IgnoreQueryFilters()
            .Where(c => c.Name == "Mesa Main").Select(c => c.Id).SingleAsync());
        await using var host = new InstallationHost(database.Database);
        var mesa = await host.SignInAsync("lee.mesa", Password);
        var sonoran = await host.SignInAsync("pat.owner", Password);

        var mesaUser = await FirstAdministrator.ManagesUsersAsync(mesa, "lee.mesa", mesaClinic);

        var mesaUsers = await UserNamesAsync(mesa);
        Assert.DoesNotContain("pat.owner", mesaUsers);
        Assert.Equal(HttpStatusCode.NotFound, (await sonoran.GetAsync($"/api/v1/users/{mesaUser}")).StatusCode);
        Assert.DoesNotContain("lee.mesa", await UserNamesAsync(sonoran));
        var mesaClinics = await mesa.GetFromJsonAsync<JsonElement>("/api/v1/clinics");
        Assert.Equal(["Mesa Main"], mesaClinics.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Empty(await mesa.GetFromJsonAsync<JsonElement[]>("/api/v1/audit?user=pat.owner") ?? []);
        Assert.NotEmpty(await sonoran.GetFromJsonAsync<JsonElement[]>("/api/v1/audit?user=pat.owner") ?? []);
    }

    [Theory, Providers]
    public async Task Company_add_works_beside_the_demo_and_gives_its_administrator_every_permission(string provider)
    {
        await using var database = new CliDatabase(provider);
        Assert.Equal(0, (await database.RunAsync("seed-demo")).ExitCode);

        var result = await database.RunAsync([.. AddMesa, "--admin-type", "PT"], Password + "\n");

        Assert.True(result.ExitCode == 0, result.Error);
        var permissions = await database.QueryAsync(db => db.UserPermissions.IgnoreQueryFilters()
            .Where(p => db.Users.IgnoreQueryFilters().Any(u => u.Id == p.UserId && u.UserName == "lee.mesa"))
            .Select(p => p.Permission).ToListAsync());
        Assert.Equal(Permission.All.Order(), permissions.Order());
    }

    public static TheoryData<string, string, string> Duplicates => new()
    {
        { "--company", "SONORAN Physical Therapy", "A company named SONORAN Physical Therapy already exists." },
        { "--tax-id", "12-3456789", "A company with tax id 12-3456789 already exists." },
        { "--admin-username", "pat.owner", "The user name pat.owner is taken by another user of the installation." },
        {
            "--admin-email", "pat@sonoran.test",
            "The e-mail pat@sonoran.test belongs to another user of the installation."
        },
    };

    [Theory, MemberData(nameof(Duplicates))]
    public async Task Company_add_refuses_what_is_already_in_use_in_one_line_and_changes_nothing(
        string option, string value, string refusal)
    {
        await using var database = new CliDatabase(Testing.TestDatabase.Sqlite);
        var init = await database.RunAsync([.. InitSonoran, "--admin-email", "pat@sonoran.test"], Password + "\n");
        Assert.Equal(0, init.ExitCode);
        var auditRows = await database.AuditRowsAsync();

        var result = await database.RunAsync(With(AddMesa, option, value), Password + "\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{refusal} Nothing was changed.", result.Error.TrimEnd());
        Assert.Equal(1, await database.CompaniesAsync());
        Assert.Equal(auditRows, await database.AuditRowsAsync());
    }

    [Fact]
    public async Task Company_add_names_each_invalid_option_as_a_usage_error()
    {
        await using var database = new CliDatabase(Testing.TestDatabase.Sqlite);

        var result = await database.RunAsync(
            ["company", "add", "--company", "Mesa", "--admin-username", "lee", "--admin-email", "not-an-address"],
            Password + "\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--admin-email: give an address such as name@clinic.com", result.Error);
        Assert.Contains("--clinic-name: Clinic name is required.", result.Error);
        Assert.Contains("--clinic-time-zone: Time zone", result.Error);
    }

    [Fact]
    public async Task Company_add_refuses_a_database_behind_on_migrations()
    {
        await using var database = new CliDatabase(Testing.TestDatabase.Sqlite);
        Assert.Equal(0, (await database.RunAsync("migrate")).ExitCode);
        await database.ExecuteSqlAsync("DELETE FROM \"__EFMigrationsHistory\"");

        var result = await database.RunAsync(AddMesa, Password + "\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("run rehab migrate first", result.Error);
        Assert.Equal(0, await database.CompaniesAsync());
    }

    private static async Task<List<string?>> UserNamesAsync(HttpClient api) =>
        [.. (await api.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray()
            .Select(u => u.GetProperty("userName").GetString())];
}
