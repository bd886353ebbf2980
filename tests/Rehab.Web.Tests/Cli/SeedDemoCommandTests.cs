using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data.Organization;
using Rehab.Data.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Cli;

public sealed class SeedDemoCommandTests
{
    [Theory, Providers]
    public async Task Seed_demo_seeds_an_empty_database_once_and_then_changes_nothing(string provider)
    {
        await using var database = new CliDatabase(provider);

        var first = await database.RunAsync("seed-demo", "--password", "demo pass phrase 1");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("admin", first.Output);
        Assert.Contains("demo pass phrase 1", first.Output);
        var auditRows = await database.AuditRowsAsync();
        Assert.True(auditRows > 0);

        var second = await database.RunAsync("seed-demo");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing was changed", second.Output);
        Assert.Equal(2, await database.CompaniesAsync()); // the demo company and the vendor's account team
        Assert.Equal(auditRows, await database.AuditRowsAsync());
        Assert.True(await database.QueryAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<RehabUser>>();
            return await users.CheckPasswordAsync((await users.FindByNameAsync("admin"))!, "demo pass phrase 1");
        }));
    }

    [Theory, Providers]
    public async Task Seed_demo_uses_the_default_password_when_none_is_given(string provider)
    {
        await using var database = new CliDatabase(provider);

        var result = await database.RunAsync("seed-demo");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(DemoSeed.DefaultPassword, result.Output);
    }

    [Fact]
    public async Task Seed_demo_refuses_a_password_that_breaks_the_rules()
    {
        await using var database = new CliDatabase(Testing.TestDatabase.Sqlite);

        var result = await database.RunAsync("seed-demo", "--password", "short");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing was changed", result.Error);
        Assert.Equal(0, await database.CompaniesAsync());
    }
}
