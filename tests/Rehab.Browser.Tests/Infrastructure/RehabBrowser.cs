using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Rehab.Testing;

namespace Rehab.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, driven headless, and one app server per database provider, shared by every browser test.
/// Each test gets a fresh browser context (no cookies) with JavaScript off unless it asks otherwise: the pages must work
/// without it, and only what JavaScript adds (such as the note editor's live units panel) is tested with it.
/// </summary>
public sealed class RehabBrowser : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly ConcurrentDictionary<string, Lazy<RehabServer>> _servers = new();
    private IPlaywright? _playwright;
    private IBrowser? _chromium;

    public RehabServer Server(string provider) =>
        _servers.GetOrAdd(provider, p => new Lazy<RehabServer>(() => new RehabServer(p))).Value;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _chromium = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Runs a test in a new page against the provider's server; a failing test leaves a screenshot.</summary>
    public async Task RunAsync(string provider, Func<IPage, RehabServer, Task> test, bool javaScript = false, [CallerMemberName] string testName = "")
    {
        var server = Server(provider);
        await using var context = await _chromium!.NewContextAsync(new()
        {
            BaseURL = server.Address.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        try
        {
            await test(page, server);
        }
        catch
        {
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor($"{testName}-{provider}"), FullPage = true });
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
            await _chromium.DisposeAsync();
        _playwright?.Dispose();
        foreach (var server in _servers.Values.Where(s => s.IsValueCreated))
            await server.Value.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<RehabBrowser>
{
    public const string Name = "Browser";
}

/// <summary>Theory rows, one per database provider.</summary>
public sealed class ProvidersAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) =>
        TestDatabase.Providers.Select(p => new object[] { p });
}

/// <summary>Where failing tests leave their screenshots: TestResults/screenshots in the test project.</summary>
public static class Screenshots
{
    public static string PathFor(string name)
    {
        var folder = Path.Combine(ProjectFolder(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_')) + ".png");
    }

    private static string ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (dir.GetFiles("Rehab.Browser.Tests.csproj").Length > 0)
                return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
