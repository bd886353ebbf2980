using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using Rehab.Browser.Tests.Infrastructure;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Users;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Auth;

[Collection(BrowserCollection.Name)]
public sealed class MfaPageTests(RehabBrowser browser)
{
    private static string CodeFor(string key, int stepsAhead = 0) =>
        new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()))
            .ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepsAhead));

    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name + "-desktop"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name + "-390"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
    }

    private static Task<Guid> AddUserAsync(RehabServer server, string userName) => server.WithScopeAsync(async sp =>
    {
        var companyId = await sp.GetRequiredService<RehabDbContext>().Companies.IgnoreQueryFilters()
            .Where(c => c.Name == "Desert Sun Rehab").Select(c => c.Id).SingleAsync();
        return (await sp.GetRequiredService<CompanyProvisioning>().CreateUserAsync(companyId,
            new NewUser(userName, userName, RehabServer.Password, UserType.PT, [Permission.ViewPatients]))).Id;
    });

    [Theory, Providers]
    public Task Enrolling_shows_a_qr_code_and_key_then_ten_recovery_codes_only_once(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
        {
            var user = $"mfa-enrol-{Guid.NewGuid():N}"[..18];
            await AddUserAsync(server, user);
            await SignIn.AsAsync(page, user);

            await page.GetByRole(AriaRole.Link, new() { Name = "Sign-in security" }).ClickAsync();
            var qr = page.GetByRole(AriaRole.Img, new() { Name = "QR code holding the key shown below" });
            await Expect(qr).ToBeVisibleAsync();
            var key = await page.Locator("#authenticator-key").InnerTextAsync();
            Assert.Matches("^([a-z2-7]{4} ){7}[a-z2-7]{4}$", key);
            await ScreenshotsAsync(page, $"mfa-enrol-{provider}");

            await page.GetByLabel("Code from your authenticator app").FillAsync("000000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on multi-factor authentication" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That code does not match");

            await page.GetByLabel("Code from your authenticator app").FillAsync(CodeFor(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on multi-factor authentication" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" })).ToBeVisibleAsync();
            await Expect(page.Locator("ul.codes li")).ToHaveCountAsync(10);
            await ScreenshotsAsync(page, $"mfa-recovery-codes-{provider}");

            await page.GetByRole(AriaRole.Link, new() { Name = "I saved them, continue" }).ClickAsync();
            await page.GotoAsync("/Account/Mfa");
            await Expect(page.GetByText("Multi-factor authentication is on")).ToBeVisibleAsync();
            await Expect(page.Locator("ul.codes")).ToHaveCountAsync(0);
            await ScreenshotsAsync(page, $"mfa-manage-{provider}");
        });

    [Theory, Providers]
    public Task Signing_in_with_an_authenticator_asks_for_its_code_after_the_password(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
        {
            var user = $"mfa-sign-{Guid.NewGuid():N}"[..17];
            var id = await AddUserAsync(server, user);
            var key = await server.WithScopeAsync(async sp =>
            {
                var users = sp.GetRequiredService<UserManager<RehabUser>>();
                var u = (await users.FindByIdAsync(id.ToString()))!;
                await users.ResetAuthenticatorKeyAsync(u);
                await users.SetTwoFactorEnabledAsync(u, true);
                return (await users.GetAuthenticatorKeyAsync(u))!;
            });

            await page.GotoAsync("/Login");
            await page.GetByLabel("Username").FillAsync(user);
            await page.GetByLabel("Password").FillAsync(RehabServer.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in: second step" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(0);
            await ScreenshotsAsync(page, $"mfa-second-step-{provider}");

            await page.GetByLabel("Code from your authenticator app").FillAsync(CodeFor(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
            var home = page.GetByRole(AriaRole.Heading, new() { Name = "Desert Sun Rehab", Level = 1 });
            await Expect(home).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/$"));
        });

    [Theory, Providers]
    public Task Company_settings_explain_who_must_use_multi_factor_authentication(string provider) =>
        browser.RunAsync(provider, async (page, _) =>
        {
            await SignIn.AsAdminAsync(page);
            await page.GotoAsync("/Settings/Company");
            var group = page.GetByRole(AriaRole.Group, new() { Name = "Multi-factor authentication" });
            await Expect(group.GetByRole(AriaRole.Radio)).ToHaveCountAsync(3);
            await Expect(group.GetByLabel("Optional")).ToBeCheckedAsync();
            await Expect(group).ToContainTextAsync("enrol an authenticator app at their next sign-in");
            await group.ScrollIntoViewIfNeededAsync();
            await ScreenshotsAsync(page, $"mfa-company-setting-{provider}");
        });

    [Theory, Providers]
    public Task A_user_administrator_resets_a_lost_authenticator_from_the_user_page(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
        {
            var user = $"mfa-lost-{Guid.NewGuid():N}"[..17];
            var id = await AddUserAsync(server, user);
            await server.WithScopeAsync(async sp =>
            {
                var users = sp.GetRequiredService<UserManager<RehabUser>>();
                var u = (await users.FindByIdAsync(id.ToString()))!;
                await users.ResetAuthenticatorKeyAsync(u);
                return await users.SetTwoFactorEnabledAsync(u, true);
            });

            await SignIn.AsAdminAsync(page);
            await page.GotoAsync($"/Users/Edit/{id}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Multi-factor authentication" }).ClickAsync();
            await Expect(page.Locator("#mfa-enrolled")).ToHaveTextAsync("Enrolled");
            await ScreenshotsAsync(page, $"mfa-admin-reset-{provider}");

            await page.GetByRole(AriaRole.Button, new() { Name = "Reset multi-factor authentication" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status))
                .ToContainTextAsync($"Multi-factor authentication of {user} was reset");
            await Expect(page.Locator("#mfa-enrolled")).ToHaveTextAsync("Not enrolled");
        });
}
