using System.Security.Cryptography.X509Certificates;
using Rehab.Cli;
using Rehab.Data;

namespace Rehab.Web.Tests.Cli;

/// <summary><c>rehab keys create</c>: creates what a key folder lacks, names it, and never replaces a key.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"rehab-cli-keys-{Guid.NewGuid():N}");

    [Fact]
    public async Task Create_makes_every_key_of_a_new_installation_and_names_each()
    {
        var (exitCode, output) = await RunAsync("keys", "create", "--directory", _folder);

        Assert.Equal(0, exitCode);
        var keys = new KeyDirectory(_folder);
        Assert.Empty(keys.Missing());
        Assert.Contains($"created {keys.AuditKeyFile}", output, StringComparison.Ordinal);
        Assert.Contains($"created {keys.DataProtectionCertificateFile}", output, StringComparison.Ordinal);
        using var certificate = keys.DataProtectionCertificate();
        Assert.NotNull(certificate.GetRSAPrivateKey());
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(keys.DataProtectionCertificateFile));
    }

    [Fact]
    public async Task Create_keeps_the_keys_already_there_and_creates_only_the_missing_one()
    {
        var keys = new KeyDirectory(_folder);
        Directory.CreateDirectory(_folder);
        KeyDirectory.WriteSecret(keys.AuditKeyFile, Convert.ToBase64String(new byte[32]));
        var auditKey = await File.ReadAllTextAsync(keys.AuditKeyFile);

        var (exitCode, output) = await RunAsync("keys", "create", "--directory", _folder);

        Assert.Equal(0, exitCode);
        Assert.Equal(auditKey, await File.ReadAllTextAsync(keys.AuditKeyFile));
        Assert.DoesNotContain("audit-chain.key", output, StringComparison.Ordinal);
        Assert.Contains("data-protection.pfx", output, StringComparison.Ordinal);

        var certificate = await File.ReadAllBytesAsync(keys.DataProtectionCertificateFile);
        var again = await RunAsync("keys", "create", "--directory", _folder);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing to create", again.Output, StringComparison.Ordinal);
        Assert.Equal(certificate, await File.ReadAllBytesAsync(keys.DataProtectionCertificateFile));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exitCode = await RehabCli.RunAsync(args, output, new StringWriter(), new StringReader(""));
        return (exitCode, output.ToString());
    }
}
