using System.Text;
using Rehab.Cli.Hosting;
using Rehab.Core.Users;

namespace Rehab.Cli.Users;

/// <summary>The first administrator's password, never taken from the command line where others could see it.</summary>
internal static class AdminPassword
{
    public const string EnvironmentVariable = "REHAB_ADMIN_PASSWORD";

    /// <summary>
    /// From REHAB_ADMIN_PASSWORD when set; else typed twice at the terminal without echo; else one line of
    /// standard input. Refuses a password outside the length rules before anything is written.
    /// </summary>
    public static async Task<string> ReadAsync(CliConsole console, CancellationToken cancellation)
    {
        var password = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : console.InputIsTerminal
                ? await Task.Run(() => TypeTwice(console), cancellation).WaitAsync(cancellation)
                : await console.Input.ReadLineAsync(cancellation)
                  ?? throw new CommandRefusedException(
                      $"No admin password: set {EnvironmentVariable}, run at a terminal to be asked for it, or give it as one line on standard input.");

        if (password.Length < PasswordRules.MinimumLength)
            throw new CommandRefusedException($"The admin password must be at least {PasswordRules.MinimumLength} characters; a pass phrase of a few words is easiest to remember.");
        if (password.Length > PasswordRules.MaximumLength)
            throw new CommandRefusedException($"The admin password must be at most {PasswordRules.MaximumLength} characters.");
        return password;
    }

    private static string TypeTwice(CliConsole console)
    {
        var first = TypeHidden(console, $"Password for the administrator (at least {PasswordRules.MinimumLength} characters): ");
        var second = TypeHidden(console, "Type it again: ");
        return first == second
            ? first
            : throw new CommandRefusedException("The two passwords differ; nothing was changed.");
    }

    private static string TypeHidden(CliConsole console, string prompt)
    {
        console.Error.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        console.Error.WriteLine();
        return typed.ToString();
    }
}
