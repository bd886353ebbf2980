using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;

namespace Rehab.Cli.Hosting;

/// <summary>
/// The services a command runs with, configured like the web app: appsettings.json in the current
/// directory, then environment variables, then the --provider and --connection options.
/// </summary>
internal static class CliHost
{
    /// <summary>Audit rows written by the CLI name it as the actor.</summary>
    public const string Actor = "rehab-cli";

    public static IHost Build(ParseResult parseResult, CliConsole console)
    {
        var directory = Directory.GetCurrentDirectory();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = directory,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(directory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(Overrides(parseResult));
        builder.Logging.ClearProviders()
            .SetMinimumLevel(LogLevel.Warning)
            .AddProvider(new CliLoggerProvider(console.Error))
            // Failed connections and commands reach the person as the command's own error message.
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.None)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);

        var database = DataServices.ReadDatabaseOptions(builder.Configuration, directory);
        builder.Services.AddRehabData(database);
        if (KeyDirectory.Read(builder.Configuration, directory, useDevelopmentDefault: false) is { } keys)
            builder.Services.AddSingleton(keys);
        builder.Services.AddRehabIdentityCore();
        builder.Services.AddSingleton<ITenantContext>(new FixedTenantContext(null, Actor));
        return builder.Build();
    }

    private static Dictionary<string, string?> Overrides(ParseResult parseResult)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (DatabaseSelection.Provider(parseResult) is { } provider)
            overrides["Database:Provider"] = provider.ToString();
        if (DatabaseSelection.Connection(parseResult) is { Length: > 0 } connection)
            overrides["ConnectionStrings:Rehab"] = connection;
        if (DatabaseSelection.Keys(parseResult) is { Length: > 0 } keys)
            overrides[KeyDirectory.ConfigurationKey] = keys;
        return overrides;
    }
}
