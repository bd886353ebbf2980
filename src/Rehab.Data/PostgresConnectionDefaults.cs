using Npgsql;

namespace Rehab.Data;

/// <summary>
/// What the server database connections use unless the connection string says otherwise. Sessions keep no state of
/// their own (the only locks taken are transaction-scoped), so a pooled connection needs no reset on its return, and
/// the statements every request repeats are prepared once per connection.
/// </summary>
public static class PostgresConnectionDefaults
{
    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
            builder.NoResetOnClose = true;
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
            builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(k => connectionString.Contains(k, StringComparison.OrdinalIgnoreCase));
}
