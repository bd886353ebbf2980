using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Organization;

[Collection(BrowserCollection.Name)]
public sealed class ClinicSwitcherTests(RehabBrowser browser)
{
    [Theory, Providers]
    public Task Switching_clinic_changes_the_current_clinic_on_the_home_page(string provider) => browser.RunAsync(provider, async (page, _) =>
    {
        await SignIn.AsAdminAsync(page);
        await Expect(page.GetByText("No clinic chosen")).ToBeVisibleAsync();

        var clinic = page.GetByLabel("Clinic", new() { Exact = true });
        await clinic.SelectOptionAsync(new SelectOptionValue { Label = "Denver Highlands" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch" }).ClickAsync();
        await Expect(page.GetByText("Current clinic: Denver Highlands")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Clinics" }).ClickAsync();
        await clinic.SelectOptionAsync(new SelectOptionValue { Label = "Phoenix Central" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Organization/Clinics$"));
        await Expect(clinic.Locator("option:checked")).ToHaveTextAsync("Phoenix Central");

        await page.GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await Expect(page.GetByText("Current clinic: Phoenix Central")).ToBeVisibleAsync();
    });
}
