using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Documentation;

[Collection(BrowserCollection.Name)]
public sealed class TiePanelTests(RehabBrowser browser)
{
    // CMS Pub. 100-04 Ch. 5 §20.2 Example 2: 20 minutes each of 97112 and 97110 are 3 units, either code ×2.
    [Theory, Providers]
    public Task A_tie_panel_shows_each_split_with_its_claim_lines_and_the_choice_moves_the_units(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
    {
        var caseId = await NoteEditorTests.EvaluatedCaseAsync(server, payerName: "Medicare Part B");
        await SignIn.AsAsync(page, "therapist");
        await page.GotoAsync($"/Cases/{caseId}/Notes/New");
        await page.GetByLabel("Daily Note").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start note" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Daily Note of "), Level = 1 }))
            .ToBeVisibleAsync();

        foreach (var (line, code) in new[] { (1, "97112"), (2, "97110") })
        {
            await page.GetByLabel($"Line {line} code").FillAsync(code);
            await page.GetByLabel($"Line {line} minutes").FillAsync("20");
        }
        var panel = page.GetByTestId("units-tie-choices");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(page.GetByTestId("units-total")).ToHaveTextAsync("3");
        await Expect(panel.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("units-tie-0-0-effect")).ToContainTextAsync("GP");
        await Expect(page.GetByTestId("units-tie-0-1-effect")).ToContainTextAsync("GP");
        await page.ScreenshotAsync(
            new() { Path = Screenshots.PathFor($"tie-panel-desktop-{provider}"), FullPage = true });

        var unchosen = panel.Locator("input[type=radio]:not(:checked)");
        var label = await page.Locator($"label[for='{await unchosen.GetAttributeAsync("id")}']").InnerTextAsync();
        await unchosen.CheckAsync();
        // the chosen split (e.g. "97110 ×1, 97112 ×2") is what the lines now bill
        var codeWithTwo = Regex.Match(label, @"(\d{5}) ×2").Groups[1].Value;
        var lineIndex = codeWithTwo == "97112" ? 0 : 1;
        await Expect(page.GetByTestId($"units-line-{lineIndex}-units")).ToHaveTextAsync("2");
        await Expect(page.GetByTestId($"units-line-{1 - lineIndex}-units")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("units-total")).ToHaveTextAsync("3");
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor($"tie-panel-390-{provider}"), FullPage = true });
    }, javaScript: true);
}
