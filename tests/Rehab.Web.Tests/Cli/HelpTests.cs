using Rehab.Cli;

namespace Rehab.Web.Tests.Cli;

public sealed class HelpTests
{
    [Theory]
    [InlineData(new[] { "--help" }, "Rehab EMR administration")]
    [InlineData(new[] { "--help" }, "--connection \"Data Source=src/Rehab.Web/data/rehab.db\"")]
    [InlineData(new[] { "migrate", "--help" }, "apply every pending migration")]
    [InlineData(new[] { "init", "--help" }, "create the company and its first administrator")]
    [InlineData(new[] { "init", "--help" }, "--clinic-time-zone")]
    [InlineData(new[] { "company", "--help" }, "companies of an installation")]
    [InlineData(new[] { "company", "add", "--help" }, "--admin-email")]
    [InlineData(new[] { "seed-demo", "--help" }, "demo company")]
    [InlineData(new[] { "audit", "--help" }, "keyed chain")]
    [InlineData(new[] { "audit", "verify", "--help" }, "audit chain intact: N rows")]
    [InlineData(new[] { "keys", "--help" }, "Rehab:Keys:Directory")]
    [InlineData(new[] { "keys", "create", "--help" }, "Files already there are kept as they are")]
    public async Task Each_command_explains_its_purpose(string[] args, string purpose)
    {
        var (exitCode, output, _) = await RunAsync(args);

        Assert.Equal(0, exitCode);
        Assert.Contains(purpose, output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("init", "--admin-username", "pat")]
    [InlineData("audit")]
    [InlineData("company")]
    [InlineData("company", "add", "--company", "Mesa", "--admin-username", "lee")]
    [InlineData("keys", "create")]
    [InlineData("audit", "verify", "--batch-size", "0")]
    [InlineData("migrate", "--provider", "Oracle")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.NotEqual("", error);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await RehabCli.RunAsync(args, output, error, new StringReader(""));
        return (exitCode, output.ToString(), error.ToString());
    }
}
