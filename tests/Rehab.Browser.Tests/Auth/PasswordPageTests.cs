using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Auth;

[Collection(BrowserCollection.Name)]
public sealed class PasswordPageTests(RehabBrowser browser)
{
    private const string NewPassword = "a quiet harbour at dawn 42";

    [Theory, Providers]
    public Task Reset_password_leads_to_the_change_before_anything_else(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
        {
            var userName = "reset-" + Guid.NewGuid().ToString("N")[..8];
            await AddUserWhoMustChangeAsync(server, userName);

            await page.GotoAsync("/Login");
            await page.GetByLabel("Username").FillAsync(userName);
            await page.GetByLabel("Password").FillAsync(RehabServer.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/Account/Password$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Choose a new one before you go on.");
            await ShotAsync(page, $"password-required-{provider}");
            await page.GotoAsync("/Patients");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Password$"));

            await page.GetByLabel("Current password").FillAsync(RehabServer.Password);
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync("password1234");
            await page.GetByLabel("New password again").FillAsync("password1234");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("common and breached passwords");
            await page.SetViewportSizeAsync(390, 844);
            await ShotAsync(page, $"password-refused-390-{provider}");
            await page.SetViewportSizeAsync(1280, 900);

            await page.GetByLabel("Current password").FillAsync(RehabServer.Password);
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
            await page.GetByLabel("New password again").FillAsync(NewPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is changed.");
            await ShotAsync(page, $"password-changed-{provider}");

            await page.GotoAsync("/");
            var home = page.GetByRole(AriaRole.Heading, new() { Name = "Desert Sun Rehab", Level = 1 });
            await Expect(home).ToBeVisibleAsync();
        });

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name), FullPage = true });

    private static Task<int> AddUserWhoMustChangeAsync(RehabServer server, string userName) =>
        server.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var companyId = await db.Companies.IgnoreQueryFilters().Where(c => c.Name == "Desert Sun Rehab")
                .Select(c => c.Id).SingleAsync();
            var user = await sp.GetRequiredService<CompanyProvisioning>().CreateUserAsync(companyId,
                new NewUser(userName, userName, RehabServer.Password, UserType.Clerical, []));
            user.MustChangePassword = true;
            return await db.SaveChangesAsync();
        });
}
