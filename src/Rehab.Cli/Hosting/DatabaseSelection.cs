using System.CommandLine;
using Rehab.Data;

namespace Rehab.Cli.Hosting;

/// <summary>The global options that choose the database, overriding appsettings.json and environment variables.</summary>
internal static class DatabaseSelection
{
    public const string ProviderName = "--provider";
    public const string ConnectionName = "--connection";
    public const string KeysName = "--keys";

    public static Option<DatabaseProvider?> ProviderOption() => new(ProviderName)
    {
        Description = "Database provider; overrides Database:Provider from appsettings.json or Database__Provider. Default: Sqlite.",
        Recursive = true,
    };

    public static Option<string?> ConnectionOption() => new(ConnectionName)
    {
        Description = "Connection string; overrides ConnectionStrings:Rehab from appsettings.json or ConnectionStrings__Rehab. "
            + $"Default: \"{DatabaseOptions.DefaultSqlite}\". A relative SQLite path is resolved against the current directory; "
            + "to reach the web app's default database from the repository root, use "
            + "--connection \"Data Source=src/Rehab.Web/data/rehab.db\".",
        HelpName = "connection-string",
        Recursive = true,
    };

    public static Option<string?> KeysOption() => new(KeysName)
    {
        Description = $"The folder of keys kept outside the database (the audit chain's key and checkpoint); overrides "
            + "Rehab:Keys:Directory from appsettings.json or Rehab__Keys__Directory. Commands that write seal their audit "
            + "entries with it; audit verify and audit checkpoint need it.",
        HelpName = "folder",
        Recursive = true,
    };

    public static string? Keys(ParseResult parseResult) => parseResult.GetValue<string?>(KeysName);

    public static DatabaseProvider? Provider(ParseResult parseResult) => parseResult.GetValue<DatabaseProvider?>(ProviderName);

    public static string? Connection(ParseResult parseResult) => parseResult.GetValue<string?>(ConnectionName);
}
