using System.Collections.Concurrent;
using Rehab.Testing;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>One host per provider for a test class: the same tests run on SQLite and PostgreSQL.</summary>
public sealed class Apps : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<RehabAppFactory>> _apps = new();

    public RehabAppFactory this[string provider] =>
        _apps.GetOrAdd(provider, p => new Lazy<RehabAppFactory>(() =>
        {
            var app = new RehabAppFactory(p);
            _ = app.Server; // start now: migrate and seed
            return app;
        })).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
            await app.Value.DisposeAsync();
    }
}

/// <summary>Theory rows, one per database provider.</summary>
public sealed class ProvidersAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) =>
        TestDatabase.Providers.Select(p => new object[] { p });
}
