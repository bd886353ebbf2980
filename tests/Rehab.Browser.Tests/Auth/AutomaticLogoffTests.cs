using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Auth;

/// <summary>
/// The on-screen side of the 15-minute idle timeout. The page's clock is Playwright's fake one, moved forward by
/// minutes at a time: no test waits for real.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AutomaticLogoffTests(RehabBrowser browser)
{
    private static ILocator Warning(IPage page) =>
        page.GetByRole(AriaRole.Alertdialog, new() { Name = "You will be signed out soon" });

    private static async Task OpenPatientsAsync(IPage page)
    {
        await page.Clock.InstallAsync();
        await SignIn.AsAdminAsync(page);
        await page.GotoAsync("/Patients");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Patients", Level = 1 })).ToBeVisibleAsync();
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name) });

    [Theory, Providers]
    public Task A_chart_left_open_warns_two_minutes_ahead_then_clears_the_screen_and_signs_out(string provider) =>
        browser.RunAsync(provider, async (page, _) =>
        {
            await OpenPatientsAsync(page);
            await page.Clock.FastForwardAsync("12:50");
            await Expect(Warning(page)).ToBeHiddenAsync();

            await page.Clock.FastForwardAsync("00:15");
            await Expect(Warning(page)).ToBeVisibleAsync();
            await Expect(Warning(page)).ToContainTextAsync(new Regex(@"signed out in\s+1:\d\d"));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" })).ToBeFocusedAsync();
            await ScreenshotAsync(page, $"automatic-logoff-warning-desktop-{provider}");
            await page.SetViewportSizeAsync(390, 844);
            await ScreenshotAsync(page, $"automatic-logoff-warning-390-{provider}");

            var signedOut = page.WaitForResponseAsync(r => r.Url.EndsWith("/Logout", StringComparison.Ordinal));
            await page.Clock.FastForwardAsync("02:00");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You were signed out" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Patients" })).ToHaveCountAsync(0);
            await Expect(page).ToHaveTitleAsync("Signed out · Rehab EMR");
            await ScreenshotAsync(page, $"automatic-logoff-cleared-390-{provider}");
            await signedOut;

            // The session ended on the server too: going back in needs a sign-in.
            await page.GotoAsync("/Patients");
            await Expect(page).ToHaveURLAsync(new Regex("/Login"));
        }, javaScript: true);

    [Theory, Providers]
    public Task Stay_signed_in_extends_the_session_and_keeps_the_page(string provider) =>
        browser.RunAsync(provider, async (page, _) =>
        {
            await OpenPatientsAsync(page);
            await page.Clock.FastForwardAsync("13:05");
            await Expect(Warning(page)).ToBeVisibleAsync();

            var extended = page.WaitForResponseAsync(r => r.Url.EndsWith("/session/extend", StringComparison.Ordinal));
            await page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
            Assert.Equal(200, (await extended).Status);
            await Expect(Warning(page)).ToBeHiddenAsync();

            await page.Clock.FastForwardAsync("12:50");
            await Expect(Warning(page)).ToBeHiddenAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Patients", Level = 1 })).ToBeVisibleAsync();
            await page.Clock.FastForwardAsync("00:15");
            await Expect(Warning(page)).ToBeVisibleAsync();
        }, javaScript: true);
}
