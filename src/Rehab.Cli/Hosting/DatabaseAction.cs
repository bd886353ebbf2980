using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;
using Rehab.Data.Audit;

namespace Rehab.Cli.Hosting;

/// <summary>One run of a command against the selected database, inside one service scope.</summary>
internal sealed record CommandRun(ParseResult ParseResult, IServiceProvider Services, CliConsole Console, CancellationToken Cancellation)
{
    public TextWriter Output => Console.Output;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public T? Value<T>(Option<T> option) => ParseResult.GetValue(option);
}

internal static class DatabaseAction
{
    /// <summary>
    /// Runs <paramref name="work"/> with the database services; any failure becomes a message on the error stream and
    /// exit code 1. With <paramref name="sealsAudit"/> and a key folder, the audit entries the command wrote are
    /// sealed onto the chain before it ends.
    /// </summary>
    public static void SetDatabaseAction(this Command command, CliConsole console, Func<CommandRun, Task<int>> work,
        bool sealsAudit = true) =>
        command.SetAction(async (parseResult, cancellation) =>
        {
            try
            {
                using var host = CliHost.Build(parseResult, console);
                await using var scope = host.Services.CreateAsyncScope();
                var exitCode = await work(new CommandRun(parseResult, scope.ServiceProvider, console, cancellation));
                if (sealsAudit && exitCode == ExitCode.Success && host.Services.GetService<KeyDirectory>() is { } keys
                    && File.Exists(keys.AuditKeyFile))
                    await host.Services.GetRequiredService<AuditSealer>()
                        .SealPendingAsync(checkpoint: true, cancellation);
                return exitCode;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw;
            }
            catch (CommandRefusedException refused)
            {
                await console.Error.WriteLineAsync(refused.Message);
                return ExitCode.Failure;
            }
            catch (Exception failure)
            {
                await console.Error.WriteLineAsync($"rehab: {Describe(failure)}");
                return ExitCode.Failure;
            }
        });

    /// <summary>The provider and where the data is, without credentials.</summary>
    public static string DescribeDatabase(DatabaseOptions database)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = database.ConnectionString };
        string? Part(string key) => parts.TryGetValue(key, out var value) ? value?.ToString() : null;
        return database.Provider == DatabaseProvider.Sqlite
            ? $"Sqlite {Part("Data Source")}"
            : $"Postgres {Part("Host") ?? Part("Server") ?? "localhost"}/{Part("Database") ?? "(default)"}";
    }

    private static string Describe(Exception failure)
    {
        var innermost = failure.GetBaseException();
        return innermost == failure || innermost.Message == failure.Message
            ? failure.Message
            : $"{failure.Message} {innermost.Message}";
    }
}
