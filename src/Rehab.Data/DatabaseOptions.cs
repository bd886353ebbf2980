namespace Rehab.Data;

/// <summary>Which database the app and the CLI use: <c>Database:Provider</c> and <c>ConnectionStrings:Rehab</c>.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=data/rehab.db";
}

public enum DatabaseProvider { Sqlite, Postgres }
