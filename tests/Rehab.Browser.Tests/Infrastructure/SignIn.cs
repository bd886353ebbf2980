using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Infrastructure;

public static class SignIn
{
    public static Task AsAdminAsync(IPage page) => AsAsync(page, RehabServer.AdminUserName);

    /// <summary>Signs in through the login form, as a person would, and waits for the home page.</summary>
    public static async Task AsAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Login");
        await page.GetByLabel("Username").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(RehabServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Desert Sun Rehab", Level = 1 })).ToBeVisibleAsync();
    }
}
