using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Cli;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Testing;

namespace Rehab.Web.Tests.Cli;

/// <summary>A fresh database of one provider, reached through the real <c>rehab</c> command line and directly for checks.</summary>
public sealed class CliDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public CliDatabase(string provider)
    {
        Database = TestDatabase.Create(provider);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRehabData(new DatabaseOptions(Enum.Parse<DatabaseProvider>(Database.Provider), Database.ConnectionString));
        services.AddRehabIdentityCore();
        services.AddSingleton<ITenantContext>(new FixedTenantContext(null, "cli-test"));
        Keys = new KeyDirectory(Database.KeysDirectory);
        Keys.CreateMissing();
        services.AddSingleton(Keys);
        _services = services.BuildServiceProvider();
    }

    public TestDatabase Database { get; }

    /// <summary>This database's key folder, which every run is given.</summary>
    public KeyDirectory Keys { get; }

    /// <summary>Runs <c>rehab</c> in-process on this database; <paramref name="input"/> is its standard input.</summary>
    public async Task<CliResult> RunAsync(string[] args, string input = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await RehabCli.RunAsync(
            [.. args, "--provider", Database.Provider, "--connection", Database.ConnectionString, "--keys", Keys.Path],
            output, error, new StringReader(input));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, "");

    public async Task<T> QueryAsync<T>(Func<IServiceProvider, RehabDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<RehabDbContext>());
    }

    public Task<T> QueryAsync<T>(Func<RehabDbContext, Task<T>> query) => QueryAsync((_, db) => query(db));

    public Task<int> AuditRowsAsync() => QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync());

    public Task<int> CompaniesAsync() => QueryAsync(db => db.Companies.IgnoreQueryFilters().CountAsync());

    public Task<int> ExecuteSqlAsync(string sql) => QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Database.Delete();
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error);
