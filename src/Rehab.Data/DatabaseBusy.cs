using Microsoft.Data.Sqlite;
using Npgsql;

namespace Rehab.Data;

/// <summary>
/// Recognizes a statement refused because other writers held the database too long, on either provider: nothing was
/// saved and the same request may succeed when tried again.
/// </summary>
public static class DatabaseBusy
{
    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e switch
                {
                    SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
                    PostgresException postgres => postgres.SqlState is PostgresErrorCodes.SerializationFailure
                        or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable,
                    _ => false,
                })
                return true;
        return false;
    }
}
