using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Hosting;

[Collection(BrowserCollection.Name)]
public sealed class ApiReferencePageTests(RehabBrowser browser)
{
    [Theory, Providers]
    public Task Api_reference_makes_no_outside_calls(string provider) =>
        browser.RunAsync(provider, (page, server) => OpenAndWatchAsync(page, server, provider), javaScript: true);

    private static async Task OpenAndWatchAsync(IPage page, RehabServer server, string provider)
    {
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        var refusedByPolicy = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                refusedByPolicy.Add(message.Text);
        };
        await SignIn.AsAdminAsync(page);
        await page.GotoAsync("/api-reference/");
        await Expect(page.GetByText("Exchange a username and password for a bearer token").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor($"api-reference-desktop-{provider}") });

        var origin = server.Address.GetLeftPart(UriPartial.Authority);
        Assert.All(requested, url => Assert.True(
            new[] { origin, "data:", "blob:" }.Any(start => url.StartsWith(start, StringComparison.Ordinal)), url));
        Assert.Empty(refusedByPolicy); // nothing even tried to reach outside
        foreach (var offer in new[] { "Ask AI", "Generate SDK", "Deploy", "Open in Client", "MCP" })
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = offer })).ToHaveCountAsync(0);
    }
}
