using System.Text.RegularExpressions;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Users;

/// <summary>Select all and Deselect all on Bulk Update Users keep the ticks and the chosen filter.</summary>
public sealed class BulkSelectionPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Bulk_users_select_all_keeps_ticked_permissions(string provider)
    {
        var app = apps[provider];
        var biller = await app.UserIdAsync("biller");
        var therapist = await app.UserIdAsync("therapist");
        var pages = await PageClient.SignInAsync(app, "admin");

        var html = await (await pages.PostFormAsync("/Users/Bulk?handler=SelectAll", new()
        {
            ["Type"] = nameof(UserType.Biller), ["Status"] = "active",
            ["AddPermissions"] = Permission.BillingReportAdmin, ["RemovePermissions"] = Permission.ViewPatients,
        }, "/Users/Bulk")).Content.ReadAsStringAsync();

        Assert.Equal([Permission.BillingReportAdmin], Ticked(html, "AddPermissions"));
        Assert.Equal([Permission.ViewPatients], Ticked(html, "RemovePermissions"));
        Assert.Matches($"value=\"{biller}\" checked", html);
        Assert.DoesNotContain(therapist.ToString(), html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Bulk_users_deselect_all_keeps_ticked_permissions(string provider)
    {
        var app = apps[provider];
        var biller = await app.UserIdAsync("biller");
        var pages = await PageClient.SignInAsync(app, "admin");

        var html = await (await pages.PostFormAsync("/Users/Bulk?handler=DeselectAll", new()
        {
            ["Type"] = nameof(UserType.Biller), ["SelectedUserIds"] = biller.ToString(),
            ["AddPermissions"] = Permission.ViewUsers,
        }, "/Users/Bulk")).Content.ReadAsStringAsync();

        Assert.Equal([Permission.ViewUsers], Ticked(html, "AddPermissions"));
        Assert.DoesNotMatch($"value=\"{biller}\" checked", html);
    }

    private static IEnumerable<string> Ticked(string html, string field) =>
        new Regex($"name=\"{field}\" value=\"(\\w+)\" checked").Matches(html).Select(m => m.Groups[1].Value);
}
