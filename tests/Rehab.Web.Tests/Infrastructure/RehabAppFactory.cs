using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Testing;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>The real web host on a fresh database of one provider, seeded with the demo company.</summary>
public sealed class RehabAppFactory(string provider) : WebApplicationFactory<Program>
{
    public const string Password = DemoHost.Password;

    public TestDatabase Database { get; } = TestDatabase.Create(provider);

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseDemoOn(Database);

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>An API client holding a bearer token obtained through the real token endpoint.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>Seals what was written so far, then checks the whole chain with the key and the checkpoint.</summary>
    public Task<AuditVerificationReport> SealAndVerifyAuditAsync() => WithScopeAsync(async sp =>
    {
        var sealing = await sp.GetRequiredService<AuditSealer>().SealPendingAsync(checkpoint: true);
        Assert.Null(sealing.Problem);
        return await AuditVerification.RunAsync(sp.GetRequiredService<RehabDbContext>(),
            sp.GetRequiredService<KeyDirectory>(), DateTimeOffset.UtcNow);
    });

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Database.Delete();
    }

    private sealed record TokenResponse(string AccessToken, int ExpiresIn);
}
