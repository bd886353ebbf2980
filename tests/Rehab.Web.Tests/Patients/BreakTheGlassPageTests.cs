using System.Net;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Patients.PatientApi;

namespace Rehab.Web.Tests.Patients;

public sealed class BreakTheGlassPageTests(Apps apps) : IClassFixture<Apps>
{
    private const string Reason = "Covering the Denver clinic's patient at Phoenix today";

    [Theory, Providers]
    public async Task The_chart_opened_by_breaking_the_glass_shows_the_banner_and_no_change_links(string provider)
    {
        var app = apps[provider];
        var patient = await AddPatientAsync(await app.ClientForAsync("therapist"), await app.ClinicIdAsync("Denver Highlands"));
        var id = patient.GetProperty("id").GetGuid();
        var page = await PageClient.SignInAsync(app, "director");
        Assert.Contains("href=\"/Patients/BreakTheGlass\"", await page.Http.GetStringAsync("/Patients"));

        var shortReason = await page.PostFormAsync("/Patients/BreakTheGlass", new()
        {
            ["MedicalRecordNumber"] = patient.GetProperty("medicalRecordNumber").GetString()!, ["Category"] = "CoveringAnotherClinic",
            ["Reason"] = "need it",
        });
        Assert.Equal(HttpStatusCode.OK, shortReason.StatusCode);
        Assert.Contains("at least 20 characters", await shortReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await page.Http.GetAsync($"/Patients/{id}")).StatusCode);

        var opened = await page.PostFormAsync("/Patients/BreakTheGlass", new()
        {
            ["MedicalRecordNumber"] = patient.GetProperty("medicalRecordNumber").GetString()!, ["Category"] = "CoveringAnotherClinic",
            ["Reason"] = Reason,
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/Patients/{id}", opened.Headers.Location?.ToString());
        var chart = await page.Http.GetStringAsync($"/Patients/{id}");
        Assert.Contains("Emergency access.", chart);
        Assert.Contains(Reason, chart);
        Assert.DoesNotContain($"href=\"/Patients/Edit/{id}\"", chart);
    }

    [Theory, Providers]
    public async Task Front_office_is_neither_offered_nor_allowed_to_break_the_glass(string provider)
    {
        var app = apps[provider];
        var page = await PageClient.SignInAsync(app, "frontoffice");
        Assert.DoesNotContain("/Patients/BreakTheGlass", await page.Http.GetStringAsync("/Patients"));
        var form = await page.Http.GetStringAsync("/Patients/BreakTheGlass");
        Assert.Contains("Only licensed clinicians", form);
        Assert.DoesNotContain("<textarea", form);
    }
}
