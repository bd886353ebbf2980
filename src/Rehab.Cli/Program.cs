namespace Rehab.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => RehabCli.RunAsync(args, Console.Out, Console.Error);
}
