using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Audit;

/// <summary>Every surface that shows a patient's data records which patients were seen (ONC 170.315(d)(2), (d)(10)).</summary>
public sealed class AuditCoverageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Patient_search_results_record_every_patient_listed(string provider)
    {
        var app = apps[provider];
        var lopez = await PatientAsync(app, "Lopez");
        var api = await app.ClientForAsync("therapist");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/patients?q=Lopez")).StatusCode);
        var page = await PageClient.SignInAsync(app, "frontoffice");
        Assert.Equal(HttpStatusCode.OK, (await page.Http.GetAsync("/Patients?q=Lopez")).StatusCode);

        Assert.Contains(lopez.ToString(), (await LastReadAsync(app, "therapist", "Patient")).PatientIds);
        Assert.Contains(lopez.ToString(), (await LastReadAsync(app, "frontoffice", "Patient")).PatientIds);
    }

    [Theory, Providers]
    public async Task The_cosign_inbox_and_the_home_page_record_the_patients_they_list(string provider)
    {
        var app = apps[provider];
        var chen = await PatientAsync(app, "Chen");
        var api = await app.ClientForAsync("therapist");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/notes/cosign-inbox")).StatusCode);
        Assert.Contains(chen.ToString(), (await LastReadAsync(app, "therapist", "Note")).PatientIds);

        var page = await PageClient.SignInAsync(app, "therapist");
        Assert.Equal(HttpStatusCode.OK, (await page.Http.GetAsync("/Notes/Cosign")).StatusCode);
        Assert.Contains(chen.ToString(), (await LastReadAsync(app, "therapist", "Note")).PatientIds);
        Assert.Equal(HttpStatusCode.OK, (await page.Http.GetAsync("/")).StatusCode);
        Assert.Contains(chen.ToString(), (await LastReadAsync(app, "therapist", "AtAGlance")).PatientIds);
    }

    [Theory, Providers]
    public async Task The_new_note_page_and_the_billing_preview_record_their_patient(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddCaseAsync();
        var page = await PageClient.SignInAsync(app, "therapist");
        Assert.Equal(HttpStatusCode.OK, (await page.Http.GetAsync($"/Cases/{@case.CaseId}/Notes/New")).StatusCode);
        Assert.Equal(@case.PatientId, (await LastReadAsync(app, "therapist", "Case")).PatientId);

        var api = await app.ClientForAsync("therapist");
        var note = await (await api.PostAsJsonAsync($"/api/v1/cases/{@case.CaseId}/notes", new { type = "InitialEvaluation" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var preview = await api.PostAsJsonAsync($"/api/v1/notes/{note.GetProperty("id").GetGuid()}/billing/preview",
            new { charges = new[] { new { code = "97110", minutes = 23 } } });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(@case.PatientId, (await LastReadAsync(app, "therapist", "NoteBilling")).PatientId);
    }

    [Theory, Providers]
    public async Task A_change_to_a_patients_demographics_carries_the_patient_and_the_audit_search_finds_lists(string provider)
    {
        var app = apps[provider];
        var lopez = await PatientAsync(app, "Lopez");
        var api = await app.ClientForAsync("admin");
        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{lopez}");
        var changed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(read.GetRawText())!;
        changed["phone"] = JsonSerializer.SerializeToElement("602-555-0199");
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/patients/{lopez}", changed)).StatusCode);
        await api.GetAsync("/api/v1/patients?q=Lopez");

        var entries = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?patient={lopez}");
        var found = entries.EnumerateArray().ToList();
        Assert.Contains(found, e => e.GetProperty("action").GetString() == AuditAction.Update
                                    && e.GetProperty("entityType").GetString() == "Patient"
                                    && e.GetProperty("patientId").GetGuid() == lopez);
        Assert.Contains(found, e => e.GetProperty("action").GetString() == AuditAction.Read
                                    && e.GetProperty("patientIds").EnumerateArray().Any(p => p.GetGuid() == lopez));
    }

    private static Task<Guid> PatientAsync(RehabAppFactory app, string lastName) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<RehabDbContext>().Patients.IgnoreQueryFilters()
            .Where(p => p.LastName == lastName).Select(p => p.Id).SingleAsync());

    private static Task<AuditEntry> LastReadAsync(RehabAppFactory app, string userName, string entityType) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.UserName == userName && a.EntityType == entityType
                        && a.Outcome == AuditOutcome.Success)
            .OrderByDescending(a => a.Id).FirstAsync());
}
