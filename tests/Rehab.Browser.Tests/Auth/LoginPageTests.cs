using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Auth;

[Collection(BrowserCollection.Name)]
public sealed class LoginPageTests(RehabBrowser browser)
{
    [Theory, Providers]
    public Task A_wrong_password_is_refused_on_the_login_page(string provider) => browser.RunAsync(provider, async (page, _) =>
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Login"));

        await page.GetByLabel("Username").FillAsync(RehabServer.AdminUserName);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The username or password is wrong, or the account is locked or inactive.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(0);
    });

    [Theory, Providers]
    public Task Signing_out_returns_to_the_login_page_and_closes_the_session(string provider) => browser.RunAsync(provider, async (page, _) =>
    {
        await SignIn.AsAdminAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await page.GotoAsync("/Organization/Clinics");
        await Expect(page).ToHaveURLAsync(new Regex("/Login"));
    });
}
