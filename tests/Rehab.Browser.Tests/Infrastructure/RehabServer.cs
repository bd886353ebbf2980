using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Testing;

namespace Rehab.Browser.Tests.Infrastructure;

/// <summary>The real web app on real Kestrel at 127.0.0.1, on a fresh database of one provider, seeded with the demo company.</summary>
public sealed class RehabServer : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string Password = DemoHost.Password;

    public RehabServer(string provider)
    {
        Database = TestDatabase.Create(provider);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public TestDatabase Database { get; }
    public Uri Address { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseDemoOn(Database);

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Database.Delete();
    }
}
