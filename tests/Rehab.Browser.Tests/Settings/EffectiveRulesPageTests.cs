using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Settings;

[Collection(BrowserCollection.Name)]
public sealed class EffectiveRulesPageTests(RehabBrowser browser)
{
    private const string Payer = "Blue Cross Blue Shield of Arizona";

    [Theory, Providers]
    public Task Changing_a_payers_unit_rule_changes_the_rule_a_note_follows(string provider) => browser.RunAsync(provider, async (page, _) =>
    {
        await SignIn.AsAdminAsync(page);
        var unitRule = page.GetByTestId("effective-unit-rule");
        await ShowRulesAsync(page);
        await Expect(unitRule).ToContainTextAsync("Rule of 8s");
        await Expect(unitRule).ToContainTextAsync($"Rule of 8s from primary {Payer}");

        await page.GotoAsync("/Settings/Payers");
        await page.GetByRole(AriaRole.Link, new() { Name = Payer }).ClickAsync();
        await page.GetByLabel("8-Minute Rule", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Payer);

        await ShowRulesAsync(page);
        await Expect(unitRule).ToContainTextAsync($"8-Minute Rule from primary {Payer}");
        await Expect(unitRule).Not.ToContainTextAsync("Rule of 8s");
    });

    private static async Task ShowRulesAsync(IPage page)
    {
        await page.GotoAsync("/Settings/Effective");
        await page.GetByRole(AriaRole.Main).GetByLabel("Clinic").SelectOptionAsync(new SelectOptionValue { Label = "Phoenix Central" });
        await page.GetByLabel("Primary payer").SelectOptionAsync(new SelectOptionValue { Label = Payer + " (BCBS)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the rules" }).ClickAsync();
    }
}
