using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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
    /// The self-signed RSA certificate (PKCS #12, with its private key) that encrypts the data-protection key ring
    /// stored in the database; the keys that sign cookies and bearer tokens are unreadable without it.
    /// </summary>
    public string DataProtectionCertificateFile => In("data-protection.pfx");

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
        new[] { AuditKeyFile, DataProtectionCertificateFile }
            .Where(f => !File.Exists(f)).Select(System.IO.Path.GetFileName).OfType<string>().ToList();

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
        if (!File.Exists(DataProtectionCertificateFile))
        {
            WriteSecret(DataProtectionCertificateFile, NewDataProtectionCertificate());
            created.Add(System.IO.Path.GetFileName(DataProtectionCertificateFile));
        }
        return created;
    }

    /// <summary>The certificate that encrypts and decrypts the data-protection key ring, with its key.</summary>
    public X509Certificate2 DataProtectionCertificate()
    {
        if (!File.Exists(DataProtectionCertificateFile))
            throw new InvalidOperationException(
                $"The key-ring certificate {DataProtectionCertificateFile} is missing. Restore it from the copy kept "
                + "elsewhere, or create the keys of a new installation with: rehab keys create --directory " + Path);
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(DataProtectionCertificateFile, password: null);
        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
            throw new InvalidOperationException(
                $"The key-ring certificate {DataProtectionCertificateFile} must hold an RSA private key.");
        return certificate;
    }

    public byte[] AuditKey()
    {
        if (_auditKey is not null)
            return _auditKey;
        if (!File.Exists(AuditKeyFile))
            throw new InvalidOperationException(
                $"The audit chain key {AuditKeyFile} is missing. Restore it from the copy kept elsewhere, "
                + "or create the "
                + "keys of a new installation with: rehab keys create --directory " + Path);
        var key = Convert.FromBase64String(File.ReadAllText(AuditKeyFile).Trim());
        if (key.Length < 32)
            throw new InvalidOperationException(
                $"The audit chain key {AuditKeyFile} must hold at least 32 bytes (base64).");
        return _auditKey = key;
    }

    /// <summary>Writes a file readable by its owner only (where the platform has Unix modes).</summary>
    public static void WriteSecret(string path, string content) =>
        WriteSecret(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));

    /// <inheritdoc cref="WriteSecret(string, string)"/>
    public static void WriteSecret(string path, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        using var stream = new FileStream(path, options);
        stream.Write(content);
    }

    // Self-signed is enough: the certificate only carries the RSA key that wraps the key ring, never a TLS identity.
    private static byte[] NewDataProtectionCertificate()
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest(
            "CN=Rehab EMR data-protection key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        return certificate.Export(X509ContentType.Pkcs12);
    }

    private string In(string name) => System.IO.Path.Combine(Path, name);
}
