using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Rehab.Data;

namespace Rehab.Web.Hosting;

/// <summary>
/// The data-protection key ring that signs and encrypts sign-in cookies and bearer tokens. It is stored in the
/// database, so every instance reads every other instance's cookies and tokens, and encrypted there with the
/// certificate of the <see cref="KeyDirectory"/>, so a copy of the database alone holds no usable key.
/// </summary>
public static class KeyRing
{
    public const string ApplicationName = "Rehab EMR";

    /// <param name="keys">The key folder, as <see cref="KeyFolder.AddKeyDirectory"/> opened it at start.</param>
    public static void AddKeyRing(this WebApplicationBuilder builder, KeyDirectory keys)
    {
        var certificate = keys.DataProtectionCertificate();
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<RehabDbContext>()
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate);
        builder.Services.PostConfigure<KeyManagementOptions>(o =>
            o.XmlRepository = new EncryptedKeysOnly(o.XmlRepository!));
    }

    // Keys written before the key ring was encrypted stay in the table but are never used again: a database dump
    // holds them in the clear. Without them the key manager creates a new, encrypted key, so sign-ins end once.
    private sealed class EncryptedKeysOnly(IXmlRepository stored) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() =>
            stored.GetAllElements().Where(e => e.Name.LocalName != "key" || IsEncrypted(e)).ToList();

        public void StoreElement(XElement element, string friendlyName) => stored.StoreElement(element, friendlyName);

        private static bool IsEncrypted(XElement key) =>
            key.Descendants().Any(d => d.Name.LocalName == "encryptedSecret");
    }
}
