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
using Rehab.Data.Outcomes;
using Rehab.Data.Patients;
using static Microsoft.Playwright.Assertions;

namespace Rehab.Browser.Tests.Outcomes;

[Collection(BrowserCollection.Name)]
public sealed class SurveyTabletTests(RehabBrowser browser)
{
    [Theory, Providers]
    public Task A_patient_completes_a_survey_on_a_handed_over_tablet_and_the_clinician_unlocks_it(string provider) => browser.RunAsync(provider, async (page, server) =>
    {
        var (surveyId, noteId) = await SurveyAsync(server);
        await SignIn.AsAsync(page, "therapist");
        await page.GotoAsync($"/Surveys/{surveyId}/Take");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Numeric Pain Rating Scale", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand the tablet to the patient" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hand the tablet to the patient" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Group, new() { Name = "Item 1: Pain intensity" }).GetByLabel("3", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^How likely are you to recommend") })
            .GetByLabel("9", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my answers" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Thank you. Your answers are saved.");
        await Expect(page.GetByText("Please hand the tablet back to your therapist.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Item 1: Pain intensity" }).GetByLabel("3", new() { Exact = true })).ToBeCheckedAsync();
        var stored = await server.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().OutcomeSurveys.IgnoreQueryFilters()
            .SingleAsync(s => s.Id == surveyId));
        Assert.Equal((3m, 9, true), (stored.Score, stored.Recommend, stored.Complete));

        await page.GotoAsync("/Patients");
        await Expect(page).ToHaveURLAsync(new Regex($"/Surveys/{surveyId}/Take$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Clinician: unlock the tablet" }).ClickAsync();
        await page.GetByLabel("Password").FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();
        await Expect(page.GetByText("The password is wrong. The tablet stays locked to this survey.")).ToBeVisibleAsync();
        await page.GetByLabel("Password").FillAsync(RehabServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Notes/{noteId}$"));
        await page.GotoAsync("/Patients");
        await Expect(page).ToHaveURLAsync(new Regex("/Patients$"));
    });

    /// <summary>An NPRS survey on a draft Initial Evaluation by the demo therapist, for a new Phoenix Central patient.</summary>
    private static Task<(Guid Survey, Guid Note)> SurveyAsync(RehabServer server) => server.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<RehabDbContext>();
        var clinic = await db.Clinics.IgnoreQueryFilters().SingleAsync(c => c.Name == "Phoenix Central");
        var therapist = await db.Users.IgnoreQueryFilters().Where(u => u.UserName == "therapist").Select(u => u.Id).SingleAsync();
        var payer = await db.Payers.IgnoreQueryFilters().Where(p => p.CompanyId == clinic.CompanyId && p.Name == "Aetna PPO").Select(p => p.Id).SingleAsync();
        var mrn = "S-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var now = DateTimeOffset.UtcNow;
        var patient = new Patient
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, FirstName = "Pat", LastName = "Tablet", MedicalRecordNumber = mrn,
            DateOfBirth = new DateOnly(1970, 3, 2), Sex = Sex.Male, CreatedAt = now,
        };
        var policy = new Policy { CompanyId = clinic.CompanyId, PatientId = patient.Id, PayerId = payer, MemberId = "W" + mrn[2..] };
        var @case = new Case
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, PatientId = patient.Id, Title = "Low back pain", PrimaryPolicyId = policy.Id,
            PlaceOfService = "11", AssignedTherapistId = therapist, TreatingDiagnoses = "M54.50", Status = CaseStatus.Active, CreatedAt = now,
        };
        var evaluation = new Note
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, PatientId = patient.Id, CaseId = @case.Id, Type = NoteType.InitialEvaluation,
            DateOfService = clinic.DateAt(now), AuthorId = therapist, CreatedAt = now, UpdatedAt = now,
        };
        var survey = new OutcomeSurvey
        {
            CompanyId = clinic.CompanyId, PatientId = patient.Id, NoteId = evaluation.Id, InstrumentCode = "NPRS", CreatedAt = now, UpdatedAt = now,
        };
        db.AddRange(patient, policy, @case, evaluation, survey);
        await db.SaveChangesAsync();
        return (survey.Id, evaluation.Id);
    });
}
