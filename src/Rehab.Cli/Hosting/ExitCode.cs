namespace Rehab.Cli.Hosting;

internal static class ExitCode
{
    public const int Success = 0;
    /// <summary>The command ran and failed or refused; the reason is on the error stream.</summary>
    public const int Failure = 1;
    /// <summary>The command line itself was wrong: an unknown command, a missing or invalid option.</summary>
    public const int Usage = 2;
}

/// <summary>A command declining to go on, with the words to tell the person why; exit code 1.</summary>
internal sealed class CommandRefusedException(string message) : Exception(message);
