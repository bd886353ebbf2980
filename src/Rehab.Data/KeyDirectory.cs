using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Rehab.Data;

/// <summary>
/// The folder of secrets that must not live in the database, so that a copy of the database alone can neither
/// mint sign-ins nor re-seal the audit log: the audit chain's key and its checkpoint, and the certificate that
/// encrypts the data-protection key ring. <c>Rehab:Keys:Directory</c> names it; in Development it defaults to
/// <c>data/keys</c> and is created on first run.
/// </summary>
public sealed class KeyDirectory
{
    public const string ConfigurationKey = "Rehab:Keys:Directory";
    public const string DevelopmentDefault = "data/keys";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private byte[]? _auditKey;

    public KeyDirectory(string path) => Path = System.IO.Path.GetFullPath(path);

    public string Path { get; }

    /// <summary>The HMAC-SHA256 key that seals the audit chain.</summary>
    public string AuditKeyFile => In("audit-chain.key");

    /// <summary>The newest head of the audit chain (sequence and MAC) written outside the database.</summary>
    public string AuditCheckpointFile => In("audit-checkpoint.json");

    /// <summary>
    /// Reads <see cref="ConfigurationKey"/>, resolving a relative path against <paramref name="baseDirectory"/>.
    /// Null when it is not configured and no default applies.
    /// </summary>
    public static KeyDirectory? Read(IConfiguration configuration, string baseDirectory, bool useDevelopmentDefault)
    {
        var configured = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
            configured = useDevelopmentDefault ? DevelopmentDefault : null;
        return configured is null ? null : new KeyDirectory(System.IO.Path.Combine(baseDirectory, configured));
    }

    /// <summary>The files that are missing, by name; empty when the directory is complete.</summary>
    public IReadOnlyList<string> Missing() =>
        new[] { AuditKeyFile }.Where(f => !File.Exists(f)).Select(System.IO.Path.GetFileName).OfType<string>().ToList();

    /// <summary>Creates the folder and every missing key; returns the names of the files it created.</summary>
    public IReadOnlyList<string> CreateMissing()
    {
        Directory.CreateDirectory(Path);
        var created = new List<string>();
        if (!File.Exists(AuditKeyFile))
        {
            WriteSecret(AuditKeyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            created.Add(System.IO.Path.GetFileName(AuditKeyFile));
        }
        return created;
    }

    public byte[] AuditKey()
    {
        if (_auditKey is not null)
            return _auditKey;
        if (!File.Exists(AuditKeyFile))
            throw new InvalidOperationException(
                $"The audit chain key {AuditKeyFile} is missing. Restore it from the copy kept elsewhere, or create the "
                + "keys of a new installation with: rehab keys create --directory " + Path);
        var key = Convert.FromBase64String(File.ReadAllText(AuditKeyFile).Trim());
        if (key.Length < 32)
            throw new InvalidOperationException($"The audit chain key {AuditKeyFile} must hold at least 32 bytes (base64).");
        return _auditKey = key;
    }

    /// <summary>Writes a file readable by its owner only (where the platform has Unix modes).</summary>
    public static void WriteSecret(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(content);
    }

    private string In(string name) => System.IO.Path.Combine(Path, name);
}
