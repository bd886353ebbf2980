using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Patients;

public sealed class PatientPageTests(Apps apps) : IClassFixture<Apps>
{
    private static Dictionary<string, string> PatientForm(Guid clinicId, string lastName, string mrn, string dateOfBirth = "1961-07-19") => new()
    {
        ["Input.ClinicId"] = clinicId.ToString(), ["Input.FirstName"] = "Marisol", ["Input.LastName"] = lastName, ["Input.DateOfBirth"] = dateOfBirth,
        ["Input.Sex"] = "Female", ["Input.MedicalRecordNumber"] = mrn, ["Input.IsActive"] = "true",
    };

    [Theory, Providers]
    public async Task The_front_office_adds_a_patient_finds_them_and_opens_the_chart(string provider)
    {
        var app = apps[provider];
        var page = await PageClient.SignInAsync(app, "frontoffice");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var lastName = TestData.Unique("Villanueva");
        var mrn = TestData.Unique("PG-").ToUpperInvariant();

        Assert.Contains("href=\"/Patients/Create\"", await page.Http.GetStringAsync("/Patients"));
        var bad = await page.PostFormAsync("/Patients/Create", PatientForm(phoenix, lastName, mrn, "1961-13-45"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Date of birth must be a date", await bad.Content.ReadAsStringAsync());

        var saved = await page.PostFormAsync("/Patients/Create", PatientForm(phoenix, lastName, mrn));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var chartUrl = saved.Headers.Location!.ToString();
        var id = Guid.Parse(chartUrl.Split('/').Last());

        var duplicate = await page.PostFormAsync("/Patients/Create", PatientForm(phoenix, "Someone", mrn));
        Assert.Contains($"Medical record number {mrn} already belongs to another patient", await duplicate.Content.ReadAsStringAsync());

        var found = await page.Http.GetStringAsync($"/Patients?q={lastName}");
        Assert.Contains($"href=\"/Patients/{id}\"", found);
        Assert.Contains(mrn, await page.Http.GetStringAsync("/Patients?q=1961-07-19"));

        var chart = await page.Http.GetStringAsync(chartUrl);
        Assert.Contains($"Marisol {lastName}", chart);
        Assert.Contains("1961-07-19", chart);
        Assert.Contains("Phoenix Central", chart);
        Assert.Contains("No policies yet.", chart);
        Assert.Contains($"href=\"/Patients/{id}/Cases/New\"", chart);

        var reads = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.PatientId == id).ToListAsync());
        Assert.Contains(reads, r => r.EntityType == "Patient" && r.UserName == "frontoffice");
    }

    [Theory, Providers]
    public async Task A_medicare_policy_with_prior_amounts_is_added_on_the_chart(string provider)
    {
        var app = apps[provider];
        var page = await PageClient.SignInAsync(app, "frontoffice");
        var testCase = await app.AddCaseAsync();
        var chartUrl = $"/Patients/{testCase.PatientId}";
        var medicare = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Payers.IgnoreQueryFilters()
            .Where(p => p.Name == "Medicare Part B").Select(p => p.Id).SingleAsync());
        var year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Form(string amount) => new()
        {
            ["Policy.PayerId"] = medicare.ToString(), ["Policy.MemberId"] = "1EG4TE5MK73", ["Policy.Priority"] = "Secondary",
            ["Policy.Relationship"] = "Self", ["Policy.PriorYear"] = year, ["Policy.PriorPhysicalAndSpeech"] = amount, ["Policy.PriorOccupational"] = "0",
        };

        var refused = await page.PostFormAsync($"{chartUrl}?handler=AddPolicy", Form("-12"), chartUrl);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("cannot be negative", await refused.Content.ReadAsStringAsync());

        var added = await page.PostFormAsync($"{chartUrl}?handler=AddPolicy", Form("1250.50"), chartUrl);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var chart = await page.Http.GetStringAsync(chartUrl);
        Assert.Contains("Medicare Part B", chart);
        Assert.Contains("1EG4TE5MK73", chart);
        Assert.Contains($"{year}: PT and SLP $1,250.50", chart);
    }

    [Theory, Providers]
    public async Task Users_without_view_patients_are_denied_the_patient_pages(string provider)
    {
        var app = apps[provider];
        var testCase = await app.AddCaseAsync();
        var userName = TestData.Unique("noview-");
        await app.AddUserAsync(userName, []);
        var page = await PageClient.SignInAsync(app, userName);

        foreach (var url in new[] { "/Patients", $"/Patients/{testCase.PatientId}", $"/Cases/{testCase.CaseId}", "/ReferringPhysicians", "/Patients/Create" })
        {
            var response = await page.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Denied", response.Headers.Location!.ToString());
        }
        Assert.DoesNotContain("href=\"/Patients\"", await page.Http.GetStringAsync("/"));
        var therapist = await PageClient.SignInAsync(app, "therapist");
        Assert.Contains("href=\"/Patients\"", await therapist.Http.GetStringAsync("/"));
    }

    [Theory, Providers]
    public async Task A_user_without_the_clinic_gets_404_for_the_chart_and_does_not_find_the_patient(string provider)
    {
        var app = apps[provider];
        var denver = await app.AddCaseAsync(clinic: "Denver Highlands");
        var page = await PageClient.SignInAsync(app, "assistant"); // Phoenix Central only

        Assert.Equal(HttpStatusCode.NotFound, (await page.Http.GetAsync($"/Patients/{denver.PatientId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.Http.GetAsync($"/Cases/{denver.CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.Http.GetAsync($"/Patients/Edit/{denver.PatientId}")).StatusCode);
        var mrn = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Patients.IgnoreQueryFilters()
            .Where(p => p.Id == denver.PatientId).Select(p => p.MedicalRecordNumber).SingleAsync());
        Assert.DoesNotContain(denver.PatientId.ToString(), await page.Http.GetStringAsync($"/Patients?q={mrn}"));
    }
}
