using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Testing;

namespace Rehab.Web.Tests.Errors;

/// <summary>Refusals the server makes before any middleware runs, seen through real Kestrel.</summary>
public sealed class ServerRefusalTests
{
    [Fact] // the server parses the address before the database is involved, so one provider shows it
    public async Task A_nul_character_in_the_address_is_a_400_problem_not_an_empty_400()
    {
        await using var app = new KestrelApp();
        using var client = new HttpClient { BaseAddress = app.Address };

        foreach (var path in new[] { "/api/v1/clinics/%00", "/api/v1/auth/token%00", "/Login%00" })
        {
            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("NUL character (%00)", body, StringComparison.Ordinal);
        }
        using var fine = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    private sealed class KestrelApp : WebApplicationFactory<Program>
    {
        private readonly TestDatabase _database = TestDatabase.Create(TestDatabase.Sqlite);

        public KestrelApp()
        {
            UseKestrel();
            StartServer();
            var server = Services.GetRequiredService<IServer>();
            Address = new Uri(server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        }

        public Uri Address { get; }

        // Bound from the address list with default settings, as in production, so the server's endpoint defaults apply.
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseDemoOn(_database).UseUrls("http://127.0.0.1:0");

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            _database.Delete();
        }
    }
}
