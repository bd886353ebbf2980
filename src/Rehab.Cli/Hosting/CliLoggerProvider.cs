using Microsoft.Extensions.Logging;

namespace Rehab.Cli.Hosting;

/// <summary>Writes warnings and errors from the data layer to the CLI's error stream, one line each.</summary>
internal sealed class CliLoggerProvider(TextWriter error) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(error);

    public void Dispose()
    {
    }

    private sealed class Logger(TextWriter error) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                error.WriteLine($"{logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
        }
    }
}
