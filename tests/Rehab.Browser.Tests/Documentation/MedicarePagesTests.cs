using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using Rehab.Core.Documentation;
using Rehab.Data;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Documentation;

/// <summary>
/// Issue 14: the KX attestation in the note editor and the CQ/CO payer setting, as a browser shows them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MedicarePagesTests(RehabBrowser browser)
{
    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name), FullPage = true });

    // Denver Highlands has no fee-schedule locality: KX cannot be decided for its Medicare notes.
    [Theory, Providers]
    public Task A_Medicare_note_without_a_priced_visit_asks_for_the_KX_attestation_and_finalizes_with_it(
        string provider) =>
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
            await Expect(page.GetByTestId("kx-attestation"))
                .ToContainTextAsync("KX not decided for PT and SLP (combined)");

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
            await Expect(page.Locator("#appliesTherapyModifiers-error"))
                .ToContainTextAsync("always apply therapy modifiers");
            await Expect(page.GetByLabel("Apply assistant modifiers (CQ/CO)")).ToBeVisibleAsync();
            await ScreenshotAsync(page, $"payer-medicare-refused-desktop-{provider}");
            await page.SetViewportSizeAsync(390, 844);
            await ScreenshotAsync(page, $"payer-medicare-refused-390-{provider}");
        });

    // Pub. 100-02 Ch. 15 §220.1.3: the evaluation was 100 days ago, so the 90-day certification has ended.
    [Theory, Providers]
    public Task A_Medicare_visit_after_the_certification_asks_for_the_delayed_certification_reason(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
        {
            var caseId = await NoteEditorTests.EvaluatedCaseAsync(server, payerName: "Medicare Part B");
            await server.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<RehabDbContext>();
                var evaluation = await db.Notes.IgnoreQueryFilters().SingleAsync(n => n.CaseId == caseId);
                evaluation.DateOfService = evaluation.DateOfService.AddDays(-93);
                evaluation.Evaluation = JsonSerializer.Serialize(
                    new EvaluationDetails(["Knee pain"], [new Goal("Stairs")], new PlanOfCare(2, 16)),
                    new JsonSerializerOptions(JsonSerializerDefaults.Web));
                return await db.SaveChangesAsync();
            });
            await SignIn.AsAsync(page, "therapist");
            await page.GotoAsync($"/Cases/{caseId}/Notes/New");
            await page.GetByLabel("Daily Note").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Start note" }).ClickAsync();
            await page.GetByLabel("Subjective").FillAsync("Stairs are easier.");
            await page.GetByLabel("Line 1 code").FillAsync("97110");
            await page.GetByLabel("Line 1 minutes").FillAsync("30");
            await page.GetByLabel("Total treatment minutes").FillAsync("30");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and finalize" }).ClickAsync();

            var reason = page.GetByLabel("Reason for the delayed certification");
            await Expect(reason).ToBeVisibleAsync();
            await Expect(page.Locator("#delayedCertificationReason-error")).ToContainTextAsync("certification");
            await Expect(page.GetByTestId("note-status")).Not.ToContainTextAsync("Finalized");
            await ScreenshotAsync(page, $"delayed-certification-desktop-{provider}");
            await page.SetViewportSizeAsync(390, 844);
            await ScreenshotAsync(page, $"delayed-certification-390-{provider}");

            await reason.FillAsync("The physician signed the recertification late; it is on file.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and finalize" }).ClickAsync();
            await Expect(page.GetByTestId("note-status")).ToContainTextAsync("Finalized");
        });

    // Issue 14 item 7: a locality without imported amounts is warned about on saving and at every sign-in.
    [Theory, Providers]
    public Task Choosing_a_locality_without_imported_amounts_is_warned_about_at_once_and_at_sign_in(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
        {
            var denver = await server.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Clinics
                .IgnoreQueryFilters().Where(c => c.Name == "Denver Highlands").Select(c => c.Id).SingleAsync());
            await SignIn.AsAdminAsync(page);
            try
            {
                await page.GotoAsync($"/Settings/Clinics/{denver}");
                await page.GetByLabel("Carrier number").FillAsync("04112");
                await page.GetByLabel("Locality number").FillAsync("01");
                await page.GetByLabel("Non-Institutional").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Save clinic settings" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("has no imported amounts");

                await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
                await SignIn.AsAdminAsync(page);
                var alert = page.Locator(".fee-schedule-alert")
                    .Filter(new() { HasText = "Denver Highlands's Medicare" });
                await Expect(alert).ToContainTextAsync("has no imported amounts");
                await Expect(alert.GetByRole(AriaRole.Link))
                    .ToHaveTextAsync("Check the fee-schedule locality for Denver Highlands");
                await ScreenshotAsync(page, $"locality-without-amounts-desktop-{provider}");
                await page.SetViewportSizeAsync(390, 844);
                await ScreenshotAsync(page, $"locality-without-amounts-390-{provider}");
            }
            finally
            {
                await page.GotoAsync($"/Settings/Clinics/{denver}");
                await page.GetByLabel("Carrier number").FillAsync("");
                await page.GetByLabel("Locality number").FillAsync("");
                await page.GetByLabel("Not chosen yet").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Save clinic settings" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            }
        });
}
