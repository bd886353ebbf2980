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

/// <summary>Pub. 100-02 Ch. 15 §230.1 B: co-signing a student's Medicare note, one attests directing it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudentCoSignTests(RehabBrowser browser)
{
    [Theory, Providers]
    public Task A_therapist_co_signs_a_student_s_Medicare_note_attesting_they_directed_it(string provider) =>
        browser.RunAsync(provider, async (page, server) =>
        {
            var noteId = await ForwardedStudentNoteAsync(server);
            await SignIn.AsAsync(page, "therapist");
            await page.GotoAsync($"/Notes/{noteId}");
            var attestation = page.GetByLabel("I directed the student's service in the room");
            await Expect(attestation).ToBeVisibleAsync();
            await Expect(page.GetByText("Medicare pays for a student's services only")).ToBeVisibleAsync();
            await attestation.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor($"student-cosign-desktop-{provider}") });
            await page.SetViewportSizeAsync(390, 844);
            await attestation.ScrollIntoViewIfNeededAsync();
            await page.EvaluateAsync("window.scrollTo(0, window.scrollY)");
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor($"student-cosign-390-{provider}") });

            await attestation.CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and co-sign" }).ClickAsync();
            // Denver Highlands has no fee-schedule locality: the billed visit's KX is the co-signer's to attest
            await Expect(page.GetByTestId("kx-attestation")).ToBeVisibleAsync();
            await page.GetByLabel("I directed the student's service in the room").CheckAsync();
            await page.GetByLabel("KX does not apply").CheckAsync();
            await page.GetByLabel("Why").FillAsync("Within the threshold by the patient's Medicare Summary Notice.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and co-sign" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Co-signed.");
            await Expect(page.GetByTestId("note-status")).ToContainTextAsync("Finalized");
            await Expect(page.GetByTestId("units-total")).ToHaveTextAsync("2");
        });

    /// <summary>
    /// A Medicare patient of Denver Highlands whose case has its Initial Evaluation, and a Daily Note by the demo
    /// student
    /// (97110, 30 minutes) forwarded to the demo therapist.
    /// </summary>
    private static Task<Guid> ForwardedStudentNoteAsync(RehabServer server) => server.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<RehabDbContext>();
        var clinic = await db.Clinics.IgnoreQueryFilters().SingleAsync(c => c.Name == "Denver Highlands");
        var users = await db.Users.IgnoreQueryFilters().Where(u => u.UserName == "therapist" || u.UserName == "student")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id);
        var payer = await db.Payers.IgnoreQueryFilters()
            .Where(p => p.CompanyId == clinic.CompanyId && p.Name == "Medicare Part B").Select(p => p.Id).SingleAsync();
        var mrn = "S-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var now = DateTimeOffset.UtcNow;
        var today = clinic.DateAt(now);
        var patient = new Patient
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, FirstName = "Dana", LastName = "Gait",
                MedicalRecordNumber = mrn,
            DateOfBirth = new DateOnly(1950, 3, 2), Sex = Sex.Female, CreatedAt = now,
        };
        var policy = new Policy { CompanyId = clinic.CompanyId, PatientId = patient.Id, PayerId = payer,
            MemberId = "1EG4" + mrn[2..] };
        var @case = new Case
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, PatientId = patient.Id, Title = "Gait instability",
            PrimaryPolicyId = policy.Id, PlaceOfService = "11", AssignedTherapistId = users["therapist"],
            TreatingDiagnoses = "R26.81", Status = CaseStatus.Active, CreatedAt = now,
        };
        var evaluation = new Note
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, PatientId = patient.Id, CaseId = @case.Id,
            Type = NoteType.InitialEvaluation, DateOfService = today.AddDays(-7), AuthorId = users["therapist"],
            Status = NoteStatus.Finalized, FinalizedById = users["therapist"], FinalizedAt = now.AddDays(-7),
            FinalizationKind = FinalizationKind.Signed, CreatedAt = now, UpdatedAt = now,
        };
        var daily = new Note
        {
            CompanyId = clinic.CompanyId, ClinicId = clinic.Id, PatientId = patient.Id, CaseId = @case.Id,
                Type = NoteType.DailyNote,
            DateOfService = today, AuthorId = users["student"], Status = NoteStatus.Forwarded,
                ForwardedToId = users["therapist"],
            ForwardedAt = now, CreatedAt = now, UpdatedAt = now, Subjective = "Walks to the mailbox without the cane.",
            Objective = "10-metre walk 9.8 s.", Assessment = "Gait steadier.", Plan = "Continue gait training.",
            TotalTreatmentMinutes = 30,
        };
        daily.Charges.Add(ChargeLine.From(daily, 0, new ChargeLineDraft("97116", 30, today)));
        db.AddRange(patient, policy, @case, evaluation, daily);
        await db.SaveChangesAsync();
        return daily.Id;
    });
}
