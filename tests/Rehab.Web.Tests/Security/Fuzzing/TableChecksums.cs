using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Security.Fuzzing;

/// <summary>
/// A row count and an order-independent checksum of every data table, read in one round trip, to show that a
/// refused write changed nothing.
/// </summary>
internal sealed class TableChecksums : IAsyncDisposable
{
    /// <summary>
    /// Not compared: the audit tables record refused attempts by design, and the data-protection key ring is
    /// written when the server first protects a token or cookie.
    /// </summary>
    private static readonly string[] SkippedTablePrefixes = ["Audit", "DataProtectionKeys"];

    /// <summary>A failed sign-in counts itself on the user row (lockout after five, OWASP ASVS 2.2.1).</summary>
    private static readonly Dictionary<string, string[]> SkippedColumns = new(StringComparer.Ordinal)
    {
        ["AspNetUsers"] = ["AccessFailedCount", "LockoutEnd", "ConcurrencyStamp"],
    };

    private readonly DbConnection _connection;
    private readonly string _query;

    private TableChecksums(DbConnection connection, IReadOnlyList<string> tables)
    {
        _connection = connection;
        Tables = tables;
        _query = string.Join(";\n", tables.Select(t => $"SELECT * FROM \"{t}\""));
    }

    public IReadOnlyList<string> Tables { get; }

    public static async Task<TableChecksums> OpenAsync(RehabAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RehabDbContext>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>()
            .Where(t => !SkippedTablePrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        var own = (DbConnection)Activator.CreateInstance(connection.GetType(), app.Database.ConnectionString)!;
        await own.OpenAsync();
        return new TableChecksums(own, tables);
    }

    /// <summary>Per table: rows and the sum of their hashes (stable within this process).</summary>
    public async Task<IReadOnlyDictionary<string, (int Rows, long Sum)>> ReadAsync()
    {
        var result = new Dictionary<string, (int, long)>(StringComparer.Ordinal);
        await using var command = _connection.CreateCommand();
        command.CommandText = _query;
        await using var reader = await command.ExecuteReaderAsync();
        var table = 0;
        do
        {
            var name = Tables[table++];
            var skipped = SkippedColumns.GetValueOrDefault(name) ?? [];
            var columns = Enumerable.Range(0, reader.FieldCount)
                .Where(i => !skipped.Contains(reader.GetName(i))).ToArray();
            var (rows, sum) = (0, 0L);
            while (await reader.ReadAsync())
            {
                var hash = new HashCode();
                foreach (var i in columns)
                    hash.Add(reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                    {
                        byte[] bytes => Convert.ToBase64String(bytes),
                        var value => Convert.ToString(value, CultureInfo.InvariantCulture),
                    });
                rows++;
                sum = unchecked(sum + hash.ToHashCode());
            }
            result[name] = (rows, sum);
        }
        while (await reader.NextResultAsync());
        return result;
    }

    public static IEnumerable<string> Changed(
        IReadOnlyDictionary<string, (int Rows, long Sum)> before,
        IReadOnlyDictionary<string, (int Rows, long Sum)> after) =>
        before.Where(t => after[t.Key] != t.Value)
            .Select(t => $"{t.Key} ({t.Value.Rows} → {after[t.Key].Rows} rows)");

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
