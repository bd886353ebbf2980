using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using Rehab.Data;
using Rehab.Data.Patients;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Patients;

[Collection(BrowserCollection.Name)]
public sealed class BreakTheGlassTests(RehabBrowser browser)
{
    private const string Reason = "Patient collapsed in our Phoenix gym; need precautions and plan of care";

    [Theory, Providers]
    public Task A_clinician_breaks_the_glass_and_the_chart_says_so(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
    {
        var mrn = await DenverPatientAsync(server, "Glassbreaker" + provider);
        await SignIn.AsAsync(page, "director"); // Phoenix Central only
        await page.GotoAsync("/Patients");
        await page.GetByRole(AriaRole.Link, new() { Name = "Break the glass" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Break the glass", Level = 1 }))
            .ToBeVisibleAsync();

        await page.GetByLabel("Medical record number").FillAsync(mrn);
        await page.GetByLabel("Why you need the chart").SelectOptionAsync("PatientSafety");
        await page.GetByLabel("Reason, in your words").FillAsync("urgent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Break the glass and open the chart" }).ClickAsync();
        await Expect(page.GetByLabel("Reason, in your words")).ToHaveAttributeAsync("aria-invalid", "true");
        await Shots(page, $"break-the-glass-form-{provider}");

        await page.GetByLabel("Reason, in your words").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Break the glass and open the chart" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Patients/[0-9a-f-]{36}$"));
        var banner = page.GetByRole(AriaRole.Alert);
        await Expect(banner).ToContainTextAsync("Emergency access.");
        await Expect(banner).ToContainTextAsync(Reason);
        await Expect(banner).ToContainTextAsync("60 min left");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Change details" })).ToHaveCountAsync(0);
        await Shots(page, $"break-the-glass-chart-{provider}");
    });

    [Theory, Providers]
    public Task The_administrator_reviews_the_emergency_access(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
    {
        var mrn = await DenverPatientAsync(server, "Reviewed" + provider);
        await server.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var director = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == "director");
            var patient = await db.Patients.IgnoreQueryFilters().SingleAsync(p => p.MedicalRecordNumber == mrn);
            db.EmergencyAccessGrants.Add(new EmergencyAccessGrant
            {
                CompanyId = patient.CompanyId, UserId = director.Id, UserName = "director", PatientId = patient.Id,
                Category = Core.Patients.EmergencyReason.CoveringAnotherClinic, Reason = Reason,
                GrantedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(60),
            });
            return await db.SaveChangesAsync();
        });
        await SignIn.AsAdminAsync(page);
        await page.GotoAsync("/Audit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Review emergency access (break the glass)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Emergency access", Level = 1 }))
            .ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = mrn });
        await Expect(row).ToContainTextAsync("director");
        await Expect(row).ToContainTextAsync(Reason);
        await Shots(page, $"break-the-glass-review-{provider}");
    });

    private static async Task Shots(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name + "-desktop"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name + "-390"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
    }

    private static Task<string> DenverPatientAsync(RehabServer server, string lastName) =>
        server.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<RehabDbContext>();
        var denver = await db.Clinics.IgnoreQueryFilters().SingleAsync(c => c.Name == "Denver Highlands");
        var mrn = "BTG-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        db.Patients.Add(new Patient
        {
            CompanyId = denver.CompanyId, ClinicId = denver.Id, FirstName = "Rosa", LastName = lastName,
            DateOfBirth = new DateOnly(1950, 3, 4), MedicalRecordNumber = mrn, CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return mrn;
    });
}
