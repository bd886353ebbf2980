using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Cli;
using Rehab.Data;
using Rehab.Testing;
using Rehab.Web.Hosting;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Security;

/// <summary>
/// The key ring that signs cookies and bearer tokens lives in the database encrypted with a certificate kept in the
/// key folder: a dump of the database alone mints nothing, and a host outside Development refuses to start without it.
/// </summary>
public sealed class SigningKeyTests(Apps apps) : IClassFixture<Apps>
{
    private const string BearerPurpose = "Microsoft.AspNetCore.Authentication.BearerToken";

    [Theory, Providers]
    public async Task A_database_dump_holds_no_usable_signing_key(string provider)
    {
        var app = apps[provider];
        await app.ClientForAsync("admin");

        var rows = await StoredKeysAsync(app);

        Assert.NotEmpty(rows);
        Assert.All(rows, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Theory, Providers]
    public async Task A_key_ring_copied_to_a_host_without_the_certificate_cannot_read_a_token(string provider)
    {
        var app = apps[provider];
        var token = await AccessTokenAsync(app);
        var copiedRing = await StoredKeysAsync(app);

        var withoutCertificate = BearerFormat(copiedRing, certificateFolder: null);
        var withCertificate = BearerFormat(copiedRing, app.Database.KeysDirectory);

        Assert.Null(withoutCertificate.Unprotect(token));
        Assert.Equal("admin", withCertificate.Unprotect(token)?.Principal.Identity?.Name);
    }

    [Theory, Providers]
    public async Task Keys_stored_unencrypted_before_are_no_longer_used(string provider)
    {
        var app = apps[provider];
        var plain = new XElement("key", new XAttribute("id", Guid.NewGuid()), new XAttribute("version", 1),
            new XElement("creationDate", DateTimeOffset.UtcNow.AddDays(-1)),
            new XElement("activationDate", DateTimeOffset.UtcNow.AddDays(-1)),
            new XElement("expirationDate", DateTimeOffset.UtcNow.AddDays(60)),
            new XElement("descriptor", new XElement("masterKey", "in the clear")));
        var legacy = new DataProtectionKey
        {
            FriendlyName = "legacy", Xml = plain.ToString(SaveOptions.DisableFormatting),
        };
        await ChangeKeysAsync(app, keys => keys.Add(legacy));
        try
        {
            var ring = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KeyManagementOptions>>()
                .Value.XmlRepository!.GetAllElements();

            Assert.DoesNotContain(ring, e => e.Attribute("id")?.Value == plain.Attribute("id")!.Value);
            Assert.Contains(ring, e => e.Name.LocalName == "key");
        }
        finally
        {
            await ChangeKeysAsync(app, keys => keys.Remove(legacy)); // the other tests read the table
        }
    }

    [Fact]
    public async Task Production_without_a_key_folder_refuses_to_start_and_says_how_to_create_one()
    {
        var database = TestDatabase.Create(TestDatabase.Sqlite);
        await using var host = new ProductionHost(database, keysDirectory: null);

        var refused = Assert.ThrowsAny<Exception>(() => host.Server);

        var message = string.Join(" ", Chain(refused).Select(e => e.Message));
        Assert.Contains("Rehab:Keys:Directory", message, StringComparison.Ordinal);
        Assert.Contains("rehab keys create --directory", message, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Production_refuses_a_key_folder_without_its_files_and_starts_with_the_files_the_cli_creates(
        string provider)
    {
        var database = TestDatabase.Create(provider);
        await using (var empty = new ProductionHost(database, database.KeysDirectory))
        {
            var refused = Assert.ThrowsAny<Exception>(() => empty.Server);
            var message = string.Join(" ", Chain(refused).Select(e => e.Message));
            Assert.Contains("data-protection.pfx", message, StringComparison.Ordinal);
            Assert.Contains("rehab keys create --directory", message, StringComparison.Ordinal);
        }

        var output = new StringWriter();
        var exitCode = await RehabCli.RunAsync(["keys", "create", "--directory", database.KeysDirectory],
            output, new StringWriter(), new StringReader(""));
        Assert.Equal(0, exitCode);
        Assert.Contains("data-protection.pfx", output.ToString(), StringComparison.Ordinal);

        await using var complete = new ProductionHost(database, database.KeysDirectory);
        var live = await complete.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static async Task<string> AccessTokenAsync(RehabAppFactory app)
    {
        var response = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/token",
            new { username = "admin", password = RehabAppFactory.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static Task<int> ChangeKeysAsync(RehabAppFactory app, Action<DbSet<DataProtectionKey>> change) =>
        app.WithScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            change(db.DataProtectionKeys);
            return db.SaveChangesAsync();
        });

    private static Task<List<string>> StoredKeysAsync(RehabAppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().DataProtectionKeys
            .Select(k => k.Xml!).ToListAsync());

    /// <summary>The bearer-token format of a host holding the copied key ring, and the certificate if given.</summary>
    private static TicketDataFormat BearerFormat(IEnumerable<string> keyRing, string? certificateFolder)
    {
        var services = new ServiceCollection();
        var dataProtection = services.AddDataProtection().SetApplicationName(KeyRing.ApplicationName)
            .DisableAutomaticKeyGeneration();
        if (certificateFolder is not null)
            dataProtection.UnprotectKeysWithAnyCertificate(
                new KeyDirectory(certificateFolder).DataProtectionCertificate());
        var repository = new CopiedKeys(keyRing.Select(XElement.Parse).ToList());
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = repository);
        var provider = services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
        var protector = provider.CreateProtector(BearerPurpose, IdentityConstants.BearerScheme, "BearerToken");
        return new TicketDataFormat(protector);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
            yield return current;
    }

    private sealed class CopiedKeys(IReadOnlyCollection<XElement> elements) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => elements;
        public void StoreElement(XElement element, string friendlyName) { }
    }

    /// <summary>The web app as deployed: Production, nothing created for it, the key folder as given.</summary>
    private sealed class ProductionHost(TestDatabase database, string? keysDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production")
                .UseSetting("Database:Provider", database.Provider)
                .UseSetting("ConnectionStrings:Rehab", database.ConnectionString)
                .UseSetting(KeyDirectory.ConfigurationKey, keysDirectory ?? "")
                .UseSetting("Rehab:Demo:Seed", "false");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            database.Delete();
        }
    }
}
