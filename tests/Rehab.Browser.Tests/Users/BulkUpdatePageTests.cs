using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Users;

[Collection(BrowserCollection.Name)]
public sealed class BulkUpdatePageTests(RehabBrowser browser)
{
    [Theory, Providers]
    public Task A_bulk_update_with_a_refused_user_shows_who_was_not_updated_and_why(string provider) => browser.RunAsync(provider, async (page, server) =>
    {
        var marker = "bulk" + Guid.NewGuid().ToString("N")[..6];
        var admin = await AddUserAsync(server, marker + "-admin", UserType.PT, Permission.All);
        var therapist = await AddUserAsync(server, marker + "-therapist", UserType.PT, [Permission.ViewPatients]);
        var frontOffice = await AddUserAsync(server, marker + "-frontoffice", UserType.Clerical, [Permission.ViewPatients]);

        await page.GotoAsync("/Login");
        await page.GetByLabel("Username").FillAsync(admin.UserName!);
        await page.GetByLabel("Password").FillAsync(RehabServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Bulk update" }).ClickAsync();

        await page.GetByLabel("Name").FillAsync(marker + "-");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.GetByLabel(therapist.DisplayName, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(frontOffice.DisplayName, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Add permissions" }).GetByLabel("StartNotes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Review" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 will be updated");
        Assert.Empty(await PermissionsAsync(server, therapist.Id, Permission.StartNotes));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Partly done: 1 users updated, 1 not updated.");
        var refused = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = frontOffice.DisplayName }) });
        await Expect(refused).ToContainTextAsync("Not updated");
        await Expect(refused).ToContainTextAsync("StartNotes is a note permission and never goes to Clerical users.");
        var updated = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = therapist.DisplayName }) });
        await Expect(updated.GetByRole(AriaRole.Cell, new() { Name = "Updated", Exact = true })).ToBeVisibleAsync();
        await Expect(updated).ToContainTextAsync("adds StartNotes");

        Assert.Single(await PermissionsAsync(server, therapist.Id, Permission.StartNotes));
        Assert.Empty(await PermissionsAsync(server, frontOffice.Id, Permission.StartNotes));
    });

    private static Task<Data.Users.RehabUser> AddUserAsync(RehabServer server, string userName, UserType type, IReadOnlyList<string> permissions) =>
        server.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var companyId = await db.Companies.IgnoreQueryFilters().Where(c => c.Name == "Desert Sun Rehab").Select(c => c.Id).SingleAsync();
            return await sp.GetRequiredService<CompanyProvisioning>().CreateUserAsync(companyId,
                new NewUser(userName, userName, RehabServer.Password, type, permissions));
        });

    private static Task<List<string>> PermissionsAsync(RehabServer server, Guid userId, string permission) =>
        server.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().UserPermissions.IgnoreQueryFilters()
            .Where(p => p.UserId == userId && p.Permission == permission).Select(p => p.Permission).ToListAsync());
}
