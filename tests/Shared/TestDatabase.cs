namespace Rehab.Testing;

/// <summary>
/// A fresh database for one test host, on SQLite (a temporary file) or PostgreSQL (a new database on
/// the server named by REHAB_TEST_POSTGRES, which ./test.sh starts and sets).
/// </summary>
public sealed record TestDatabase(string Provider, string ConnectionString)
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public static readonly string[] Providers = [Sqlite, Postgres];

    public static TestDatabase Create(string provider) => provider switch
    {
        Sqlite => new(Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), $"rehab-test-{Guid.NewGuid():N}.db")};Pooling=False"),
        Postgres => new(Postgres, $"{PostgresServer};Database=rehab_test_{Guid.NewGuid():N};Include Error Detail=false"),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or Postgres"),
    };

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("REHAB_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                "REHAB_TEST_POSTGRES is not set. Run ./test.sh, which starts a throw-away PostgreSQL and sets it, " +
                "or set it to a server connection string such as 'Host=127.0.0.1;Port=5432;Username=postgres'.");

    /// <summary>The host's own key folder (audit key, checkpoint, key-ring certificate), beside no other host's.</summary>
    public string KeysDirectory { get; } = Path.Combine(Path.GetTempPath(), $"rehab-test-keys-{Guid.NewGuid():N}");

    public void Delete()
    {
        DeleteKeys();
        if (Provider != Sqlite) return;
        var file = ConnectionString.Split(';')[0]["Data Source=".Length..];
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            if (File.Exists(path)) File.Delete(path);
    }

    // A host's last checkpoint may still be landing in the folder while the test ends.
    private void DeleteKeys()
    {
        for (var attempt = 1; Directory.Exists(KeysDirectory); attempt++)
        {
            try
            {
                Directory.Delete(KeysDirectory, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }
}
