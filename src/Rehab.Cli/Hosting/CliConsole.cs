namespace Rehab.Cli.Hosting;

/// <summary>Where the CLI talks: the process's terminal, or writers and a reader given by a caller.</summary>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, TextReader Input, bool InputIsTerminal)
{
    public static CliConsole For(TextWriter output, TextWriter error, TextReader? input) => input is null
        ? new(output, error, Console.In, !Console.IsInputRedirected)
        : new(output, error, input, InputIsTerminal: false);
}
