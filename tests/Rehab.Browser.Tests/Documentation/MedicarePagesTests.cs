using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Documentation;

/// <summary>Issue 14: the KX attestation in the note editor and the CQ/CO payer setting, as a browser shows them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MedicarePagesTests(RehabBrowser browser)
{
    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name), FullPage = true });

    // Denver Highlands has no fee-schedule locality: KX cannot be decided for its Medicare notes.
    [Theory, Providers]
    public Task A_Medicare_note_without_a_priced_visit_asks_for_the_KX_attestation_and_finalizes_with_it(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
        {
            var caseId = await NoteEditorTests.EvaluatedCaseAsync(server, "Denver Highlands", "Medicare Part B");
            await SignIn.AsAsync(page, "therapist");
            await page.GotoAsync($"/Cases/{caseId}/Notes/New");
            await page.GetByLabel("Daily Note").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Start note" }).ClickAsync();
            await page.GetByLabel("Subjective").FillAsync("Stairs are easier.");
            await page.GetByLabel("Line 1 code").FillAsync("97110");
            await page.GetByLabel("Line 1 minutes").FillAsync("30");
            await page.GetByLabel("Total treatment minutes").FillAsync("30");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("kx-attestation")).ToContainTextAsync("KX not decided for PT and SLP (combined)");

            await page.GetByLabel("KX applies", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Why").FillAsync("Medicare Summary Notice: $2,600 of therapy this year.");
            await ScreenshotAsync(page, $"kx-attestation-desktop-{provider}");
            await page.SetViewportSizeAsync(390, 844);
            await ScreenshotAsync(page, $"kx-attestation-390-{provider}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and finalize" }).ClickAsync();
            await Expect(page.GetByTestId("note-status")).ToContainTextAsync("Finalized");
            await Expect(page.Locator("body")).ToContainTextAsync(new Regex("GP KX"));
        });

    [Theory, Providers]
    public Task The_payer_form_offers_CQ_CO_and_refuses_a_Medicare_payer_without_therapy_modifiers(string provider) =>
        browser.RunAsync(provider, async (page, _) =>
        {
            await SignIn.AsAdminAsync(page);
            await page.GotoAsync("/Settings/Payers/Edit");
            await page.GetByLabel("Insurance name").FillAsync("Medicare Test " + Guid.NewGuid().ToString("N")[..6]);
            await page.GetByLabel("Insurance type").SelectOptionAsync(new SelectOptionValue { Label = "Medicare" });
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Add|Save)") }).ClickAsync();
            await Expect(page.Locator("#appliesTherapyModifiers-error")).ToContainTextAsync("always apply therapy modifiers");
            await Expect(page.GetByLabel("Apply assistant modifiers (CQ/CO)")).ToBeVisibleAsync();
            await ScreenshotAsync(page, $"payer-medicare-refused-desktop-{provider}");
            await page.SetViewportSizeAsync(390, 844);
            await ScreenshotAsync(page, $"payer-medicare-refused-390-{provider}");
        });
}
