using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using Rehab.Data;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Organization;

[Collection(BrowserCollection.Name)]
public sealed class ClinicPageTests(RehabBrowser browser)
{
    [Theory, Providers]
    public Task Admin_adds_a_clinic_and_sees_it_in_the_list(string provider) => browser.RunAsync(provider, async (page, _) =>
    {
        await SignIn.AsAdminAsync(page);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Clinics" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add clinic" }).ClickAsync();

        await page.GetByLabel("Clinic name").FillAsync("Tucson East");
        await page.GetByLabel("Street address").FillAsync("10 E Broadway Blvd");
        await page.GetByLabel("City").FillAsync("Tucson");
        await page.GetByLabel("State").SelectOptionAsync("AZ");
        await page.GetByLabel("ZIP code").FillAsync("85701");
        await page.GetByLabel("Phone").FillAsync("520-555-0100");
        await page.GetByLabel("NPI").FillAsync("1234567893");
        await page.GetByLabel("Time zone").SelectOptionAsync("America/Phoenix");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add clinic" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Organization/Clinics$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Clinic Tucson East added.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Tucson East" }) });
        await Expect(row).ToContainTextAsync("Tucson, AZ");
        await Expect(row).ToContainTextAsync("America/Phoenix");
        await Expect(row).ToContainTextAsync("1234567893");
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "Yes", Exact = true })).ToBeVisibleAsync();
    });

    [Theory, Providers]
    public Task A_bad_NPI_and_an_empty_name_are_shown_at_their_fields_and_nothing_is_saved(string provider) => browser.RunAsync(provider, async (page, server) =>
    {
        var before = await CountClinicsAsync(server);
        await SignIn.AsAdminAsync(page);
        await page.GotoAsync("/Organization/Clinics/Create");

        await page.GetByLabel("Street address").FillAsync("1 Main St");
        await page.GetByLabel("City").FillAsync("Mesa");
        await page.GetByLabel("State").SelectOptionAsync("AZ");
        await page.GetByLabel("ZIP code").FillAsync("85201");
        await page.GetByLabel("NPI").FillAsync("1234567890");
        await page.GetByLabel("Time zone").SelectOptionAsync("America/Phoenix");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add clinic" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Clinic name is required.");
        await Expect(summary).ToContainTextAsync("NPI must be ten digits with a valid check digit.");

        var name = page.GetByLabel("Clinic name");
        await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(name).ToHaveAccessibleDescriptionAsync(new Regex("Clinic name is required"));
        await Expect(FieldOf(page, name)).ToContainTextAsync("Clinic name is required.");

        var npi = page.GetByLabel("NPI");
        await Expect(npi).ToHaveValueAsync("1234567890");
        await Expect(npi).ToHaveAccessibleDescriptionAsync(new Regex("NPI must be ten digits"));
        await Expect(FieldOf(page, npi)).ToContainTextAsync("NPI must be ten digits with a valid check digit.");

        await Expect(FieldOf(page, page.GetByLabel("City"))).Not.ToHaveClassAsync(new Regex("has-error"));
        Assert.Equal(before, await CountClinicsAsync(server));
    });

    private static ILocator FieldOf(IPage page, ILocator input) => page.Locator(".field").Filter(new() { Has = input });

    private static Task<int> CountClinicsAsync(RehabServer server) =>
        server.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Clinics.IgnoreQueryFilters().CountAsync());
}
