using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using Rehab.Core.Analytics;
using Rehab.Data;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Analytics;

[Collection(BrowserCollection.Name)]
public sealed class BulkRolePageTests(RehabBrowser browser)
{
    [Theory, Providers]
    public Task Bulk_role_check_all_keeps_remove_action(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
    {
        await SignIn.AsAdminAsync(page);
        await page.GotoAsync("/Analytics/Roles/Bulk");
        var removeAdmin = page.GetByRole(AriaRole.Radio, new() { Name = "Remove Admin", Exact = true });
        var biller = page.GetByRole(AriaRole.Checkbox, new() { Name = "Blake Biller", Exact = true });
        await removeAdmin.CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Check all", Exact = true }).ClickAsync();

        await Expect(removeAdmin).ToBeCheckedAsync();
        await Expect(biller).ToBeCheckedAsync();
        await ScreenshotAsync(page, $"bulk-roles-check-all-desktop-{provider}");
        await page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(page, $"bulk-roles-check-all-390-{provider}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Uncheck all", Exact = true }).ClickAsync();
        await Expect(removeAdmin).ToBeCheckedAsync();
        await Expect(biller).Not.ToBeCheckedAsync();
        await biller.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Update Roles" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Remove Admin: 0 updated, 1 already so");
        Assert.Empty(await server.WithScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var billerId = db.Users.IgnoreQueryFilters().Where(u => u.UserName == "biller").Select(u => u.Id);
            return db.AnalyticsRoleGrants.IgnoreQueryFilters()
                .Where(g => g.Role == AnalyticsRole.AnalyticsAdmin && billerId.Contains(g.UserId)).ToListAsync();
        }));
    });

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name), FullPage = true });
}
