using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;
using Rehab.Testing;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Data;

public sealed class DatabaseTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task The_model_has_no_changes_missing_from_the_checked_in_migrations(string provider)
    {
        var app = apps[provider];
        var (pendingModel, pendingMigrations, providerName) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            return (db.Database.HasPendingModelChanges(), (await db.Database.GetPendingMigrationsAsync()).ToList(), db.Database.ProviderName);
        });
        Assert.False(pendingModel, $"{provider}: the model changed; add a migration for this provider");
        Assert.Empty(pendingMigrations);
        Assert.Contains(provider == TestDatabase.Sqlite ? "Sqlite" : "PostgreSQL", providerName, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_second_instance_on_the_same_database_accepts_the_first_instance_tokens(string provider)
    {
        var first = apps[provider];
        var api = await first.ClientForAsync("admin");
        Assert.True(await first.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().DataProtectionKeys.AnyAsync()));

        await using var second = new SecondInstance(first.Database);
        var client = second.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;
        var clinics = await client.GetFromJsonAsync<JsonElement>("/api/v1/clinics");
        Assert.Equal(2, clinics.GetArrayLength());
    }

    [Theory, Providers]
    public async Task Health_endpoints_answer_without_sign_in(string provider)
    {
        var client = apps[provider].AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task The_openapi_document_describes_the_api_to_signed_in_clients(string provider)
    {
        var app = apps[provider];
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/openapi/v1.json")).StatusCode);
        var api = await app.ClientForAsync("admin");
        var document = await api.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/auth/token", "/api/v1/company", "/api/v1/clinics", "/api/v1/clinics/{id}", "/api/v1/audit" })
            Assert.Contains(path, paths);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api-reference/")).StatusCode);
    }

    /// <summary>Another web instance sharing the first one's database and key folder, as behind a balancer.</summary>
    private sealed class SecondInstance(TestDatabase database) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("ConnectionStrings:Rehab", database.ConnectionString);
            builder.UseSetting(KeyDirectory.ConfigurationKey, database.KeysDirectory);
            builder.UseSetting("Database:MigrateOnStart", "false");
            builder.UseSetting("Rehab:Demo:Seed", "false");
        }

        public HttpClient AnonymousClient() => CreateClient(new() { AllowAutoRedirect = false });
    }
}
