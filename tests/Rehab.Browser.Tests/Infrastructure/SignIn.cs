using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Infrastructure;

public static class SignIn
{
    /// <summary>Signs in through the login form, as a person would, and waits for the home page.</summary>
    public static async Task AsAdminAsync(IPage page)
    {
        await page.GotoAsync("/Login");
        await page.GetByLabel("Username").FillAsync(RehabServer.AdminUserName);
        await page.GetByLabel("Password").FillAsync(RehabServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Desert Sun Rehab", Level = 1 })).ToBeVisibleAsync();
    }
}
