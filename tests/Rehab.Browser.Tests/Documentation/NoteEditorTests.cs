using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rehab.Browser.Tests.Infrastructure;
using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using Rehab.Core.Patients;
using Rehab.Data;
using Rehab.Data.Cases;
using Rehab.Data.Documentation;
using Rehab.Data.Patients;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Documentation;

[Collection(BrowserCollection.Name)]
public sealed class NoteEditorTests(RehabBrowser browser)
{
    [Theory, Providers]
    public Task A_therapist_documents_a_daily_note_sees_the_units_follow_the_minutes_and_finalizes_it(string provider) => browser.RunAsync(provider, async (page, server) =>
    {
        var caseId = await EvaluatedCaseAsync(server);
        await SignIn.AsAsync(page, "therapist");
        await page.GotoAsync($"/Cases/{caseId}/Notes/New");
        await page.GetByLabel("Daily Note").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start note" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Daily Note of "), Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("units-rule")).ToHaveTextAsync("Rule of 8s");
        await Expect(page.GetByTestId("units-empty")).ToBeVisibleAsync();

        await page.GetByLabel("Subjective").FillAsync("Stairs are easier; knee stiff in the morning.");
        foreach (var (line, code, minutes) in new[] { (1, "97110", "23"), (2, "97140", "9"), (3, "97530", "8") })
        {
            await page.GetByLabel($"Line {line} code").FillAsync(code);
            await page.GetByLabel($"Line {line} minutes").FillAsync(minutes);
        }
        // Aetna PPO bills by the Rule of 8s, code by code: 23 → 2, 9 → 1, 8 → 1
        await Expect(page.GetByTestId("units-line-0-units")).ToHaveTextAsync("2");
        await Expect(page.GetByTestId("units-line-1-units")).ToHaveTextAsync("1");
        // 97140 and 97530 are an NCCI pair: 97530 bills 0 units, and the panel says why, until the therapist attests
        // separate 15-minute blocks and chooses the modifier (MLN1783722)
        await Expect(page.GetByTestId("units-line-2-units")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("units-total")).ToHaveTextAsync("3");
        await Expect(page.GetByTestId("units-line-0-modifiers")).ToHaveTextAsync("GP");
        await Expect(page.GetByTestId("units-line-2-explanation")).ToContainTextAsync("97530 is not billed (0 units)");
        await page.ScreenshotAsync(
            new() { Path = Screenshots.PathFor($"ncci-unattested-desktop-{provider}"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(
            new() { Path = Screenshots.PathFor($"ncci-unattested-390-{provider}"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 800);
        await page.GetByLabel("Line 3 done in separate 15-minute blocks or on another body region").CheckAsync();
        await Expect(page.GetByTestId("units-line-2-explanation")).ToContainTextAsync("no modifier is chosen");
        await page.GetByLabel("Line 3 59 or X modifier").FillAsync("59");
        await Expect(page.GetByTestId("units-line-2-units")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("units-line-2-modifiers")).ToHaveTextAsync("GP 59");
        await Expect(page.GetByTestId("units-line-2-explanation")).Not.ToContainTextAsync("not billed");

        await page.GetByLabel("Line 1 minutes").FillAsync("38");
        await Expect(page.GetByTestId("units-line-0-units")).ToHaveTextAsync("3");
        await Expect(page.GetByTestId("units-total")).ToHaveTextAsync("5");
        await page.GetByLabel("Line 2 minutes").FillAsync("7");
        await Expect(page.GetByTestId("units-line-1-units")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("units-line-1-explanation")).ToContainTextAsync("7 min");
        await Expect(page.GetByTestId("units-total")).ToHaveTextAsync("4");

        await page.GetByLabel("Total treatment minutes").FillAsync("53");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Expect(page.GetByLabel("Line 1 minutes")).ToHaveValueAsync("38");
        await Expect(page.GetByTestId("units-total")).ToHaveTextAsync("4");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and finalize" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Finalized.");
        await Expect(page.GetByTestId("note-status")).ToContainTextAsync("Finalized");
        await Expect(page.GetByTestId("signatures")).ToContainTextAsync("Signed: Theo Therapist, PT, DPT");
        await Expect(page.GetByTestId("units-rule")).ToHaveTextAsync("Rule of 8s");
        await Expect(page.GetByTestId("units-total")).ToHaveTextAsync("4");
        await Expect(page.GetByLabel("Line 1 minutes")).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Addendum")).ToBeEditableAsync();
    }, javaScript: true);

    [Theory, Providers]
    public Task A_second_note_of_the_day_warns_of_the_visit_and_bills_only_what_it_adds(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
    {
        var caseId = await EvaluatedCaseAsync(server);
        await server.WithScopeAsync(async sp =>
        {
            // this morning's Daily Note, finalized: 97110 for 10 minutes, 1 unit
            var db = sp.GetRequiredService<RehabDbContext>();
            var evaluation = await db.Notes.IgnoreQueryFilters().SingleAsync(n => n.CaseId == caseId);
            var clinic = await db.Clinics.IgnoreQueryFilters().SingleAsync(c => c.Id == evaluation.ClinicId);
            var now = DateTimeOffset.UtcNow;
            var morning = new Note
            {
                CompanyId = evaluation.CompanyId, ClinicId = evaluation.ClinicId, PatientId = evaluation.PatientId,
                CaseId = caseId, Type = NoteType.DailyNote, DateOfService = clinic.DateAt(now),
                AuthorId = evaluation.AuthorId, Status = NoteStatus.Finalized,
                FinalizedById = evaluation.AuthorId, FinalizedAt = now.AddHours(-3),
                FinalizationKind = FinalizationKind.Signed,
                CreatedAt = now, UpdatedAt = now,
            };
            var line = ChargeLine.From(morning, 0, new ChargeLineDraft("97110", 10, morning.DateOfService));
            line.BilledUnits = 1;
            line.BilledModifiers = "GP";
            morning.Charges.Add(line);
            db.Notes.Add(morning);
            return await db.SaveChangesAsync();
        });
        await SignIn.AsAsync(page, "therapist");
        await page.GotoAsync($"/Cases/{caseId}/Notes/New");
        await page.GetByLabel("Daily Note").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start note" }).ClickAsync();
        await Expect(page.GetByTestId("same-day-visit")).ToContainTextAsync("Robin Stairs already has a visit on");
        await Expect(page.GetByTestId("same-day-visit")).ToContainTextAsync("(Daily Note of ");

        await page.GetByLabel("Line 1 code").FillAsync("97110");
        await page.GetByLabel("Line 1 minutes").FillAsync("10");
        // Aetna's Rule of 8s, per code per day: 20 minutes of 97110 are 1 unit, billed this morning
        await Expect(page.GetByTestId("units-line-0-units")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("units-line-0-explanation"))
            .ToContainTextAsync("already billed on Daily Note of");
        await Expect(page.GetByTestId("units-total")).ToHaveTextAsync("0");
        await page.ScreenshotAsync(
            new() { Path = Screenshots.PathFor($"second-note-of-the-day-{provider}"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(
            new() { Path = Screenshots.PathFor($"second-note-of-the-day-390-{provider}"), FullPage = true });
    }, javaScript: true);

    /// <summary>A patient of Phoenix Central on Aetna PPO with a case for the demo therapist that has its Initial Evaluation, finalized.</summary>
    internal static Task<Guid> EvaluatedCaseAsync(RehabServer server, string clinicName = "Phoenix Central",
        string payerName = "Aetna PPO") =>
        server.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<RehabDbContext>();
        var clinic = await db.Clinics.IgnoreQueryFilters().SingleAsync(c => c.Name == clinicName);
        var therapist = await db.Users.IgnoreQueryFilters().Where(u => u.UserName == "therapist").Select(u => u.Id).SingleAsync();
        var payer = await db.Payers.IgnoreQueryFilters()
            .Where(p => p.CompanyId == clinic.CompanyId && p.Name == payerName).Select(p => p.Id).SingleAsync();
        var mrn = "B-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var now = DateTimeOffset.UtcNow;
        var patient = new Patient
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, FirstName = "Robin", LastName = "Stairs", MedicalRecordNumber = mrn,
            DateOfBirth = new DateOnly(1961, 7, 14), Sex = Sex.Female, CreatedAt = now,
        };
        var policy = new Policy { CompanyId = clinic.CompanyId, PatientId = patient.Id, PayerId = payer, MemberId = "W" + mrn[2..] };
        var @case = new Case
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, PatientId = patient.Id, Title = "Right knee pain", PrimaryPolicyId = policy.Id,
            PlaceOfService = "11", AssignedTherapistId = therapist, TreatingDiagnoses = "M25.561", Status = CaseStatus.Active, CreatedAt = now,
        };
        var evaluation = new Note
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, PatientId = patient.Id, CaseId = @case.Id, Type = NoteType.InitialEvaluation,
            DateOfService = clinic.DateAt(now).AddDays(-7), AuthorId = therapist, Status = NoteStatus.Finalized, FinalizedById = therapist,
            FinalizedAt = now.AddDays(-7), FinalizationKind = FinalizationKind.Signed, CreatedAt = now, UpdatedAt = now,
        };
        db.AddRange(patient, policy, @case, evaluation);
        await db.SaveChangesAsync();
        return @case.Id;
    });
}
