using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rehab.Data;

namespace Rehab.Web.Tests.Errors;

/// <summary>A database too busy to answer is told apart from a fault: the request gets a 503 to retry, not a 500.</summary>
public sealed class DatabaseBusyTests
{
    public static TheoryData<Exception, bool> Exceptions => new()
    {
        { new SqliteException("database is locked", 5), true },
        { new DbUpdateException("save failed", new SqliteException("database table is locked", 6)), true },
        { new InvalidOperationException("wrapped", Postgres(PostgresErrorCodes.SerializationFailure)), true },
        { Postgres(PostgresErrorCodes.DeadlockDetected), true },
        { Postgres(PostgresErrorCodes.LockNotAvailable), true },
        { new SqliteException("constraint failed", 19), false },
        { Postgres(PostgresErrorCodes.UniqueViolation), false },
        { new InvalidOperationException("a fault"), false },
    };

    [Theory, MemberData(nameof(Exceptions))]
    public void Busy_and_lock_conflicts_are_told_apart_from_faults(Exception exception, bool busy) =>
        Assert.Equal(busy, DatabaseBusy.Is(exception));

    private static PostgresException Postgres(string sqlState) => new("refused", "ERROR", "ERROR", sqlState);
}
