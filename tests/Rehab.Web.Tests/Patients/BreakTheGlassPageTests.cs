using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Patients;

public sealed class BreakTheGlassPageTests(Apps apps) : IClassFixture<Apps>
{
    private const string Reason = "Covering for the Denver clinic, patient seen at Phoenix today";

    [Theory, Providers]
    public async Task The_chart_opened_by_breaking_the_glass_shows_the_banner_and_no_change_links(string provider)
    {
        var app = apps[provider];
        var denverCase = await app.AddCaseAsync("Denver Highlands");
        var id = denverCase.PatientId;
        var mrn = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Patients.IgnoreQueryFilters()
            .Where(p => p.Id == id).Select(p => p.MedicalRecordNumber).SingleAsync());
        var page = await PageClient.SignInAsync(app, "director");
        Assert.Contains("href=\"/Patients/BreakTheGlass\"", await page.Http.GetStringAsync("/Patients"));

        var shortReason = await page.PostFormAsync("/Patients/BreakTheGlass", new()
        {
            ["MedicalRecordNumber"] = mrn, ["Category"] = "CoveringAnotherClinic",
            ["Reason"] = "need it",
        });
        Assert.Equal(HttpStatusCode.OK, shortReason.StatusCode);
        Assert.Contains("at least 20 characters", await shortReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await page.Http.GetAsync($"/Patients/{id}")).StatusCode);

        var opened = await page.PostFormAsync("/Patients/BreakTheGlass", new()
        {
            ["MedicalRecordNumber"] = mrn, ["Category"] = "CoveringAnotherClinic",
            ["Reason"] = Reason,
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/Patients/{id}", opened.Headers.Location?.ToString());
        var chart = await page.Http.GetStringAsync($"/Patients/{id}");
        Assert.Contains("Emergency access.", chart);
        Assert.Contains(Reason, chart);
        Assert.DoesNotContain($"href=\"/Patients/Edit/{id}\"", chart);
        var casePage = await page.Http.GetStringAsync($"/Cases/{denverCase.CaseId}");
        Assert.Contains("Emergency access.", casePage);
        Assert.DoesNotContain($"/Cases/{denverCase.CaseId}/Notes/New", casePage);
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
