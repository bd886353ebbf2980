using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rehab.Data.Sqlite;

/// <summary>
/// Every SQLite connection: write-ahead logging, so readers never wait for a writer and a writer for no reader, and
/// SQLite's own busy wait, so a writer waiting for another queues inside SQLite in short steps.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
