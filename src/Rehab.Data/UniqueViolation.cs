using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Rehab.Data;

/// <summary>Recognizes a save refused by a unique index, on either provider.</summary>
public static class UniqueViolation
{
    public static bool Is(Exception exception) => exception is DbUpdateException { InnerException: var inner } && inner switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
