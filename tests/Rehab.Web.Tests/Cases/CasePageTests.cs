using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using Rehab.Web.Tests.Patients;

namespace Rehab.Web.Tests.Cases;

public sealed class CasePageTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly Today = ClinicDate.Today;

    [Theory, Providers]
    public async Task The_chart_and_the_case_page_show_counters_notes_alerts_and_where_to_start_a_note(string provider)
    {
        var app = apps[provider];
        var testCase = await app.AddCaseAsync(primaryPayer: "Medicare Part B", diagnoses: ["M54.50", "M25.561"]);
        var notes = new List<CaseNotes.Spec> { new(NoteType.InitialEvaluation, NoteStatus.Finalized, Today.AddDays(-12)) };
        notes.AddRange(Enumerable.Range(1, 9).Select(i => new CaseNotes.Spec(NoteType.DailyNote, NoteStatus.Finalized, Today.AddDays(-12 + i))));
        notes.Add(new(NoteType.DailyNote, NoteStatus.Forwarded, Today));
        var noteIds = await app.AddNotesAsync(testCase, [.. notes]);
        var page = await PageClient.SignInAsync(app, "therapist");

        var chart = await page.Http.GetStringAsync($"/Patients/{testCase.PatientId}");
        Assert.Contains($"href=\"/Cases/{testCase.CaseId}\"", chart);
        // the rhythm's alert stands for the case's own "progress note due" once a progress note is required
        Assert.Contains($"9 PT visits since the Initial Evaluation of {Today.AddDays(-12):yyyy-MM-dd}: a Progress Note is required before the next Daily Note.", chart);
        Assert.DoesNotContain("Progress note due:", chart);
        Assert.Contains($"href=\"/Notes/{noteIds[0]}\"", chart);
        Assert.Contains("Initial Evaluation", chart);
        Assert.Contains("Waiting for co-signature", chart);

        var casePage = await page.Http.GetStringAsync($"/Cases/{testCase.CaseId}");
        Assert.Contains("Low back pain", casePage);
        Assert.Contains("<li>M25.561</li>", casePage);
        Assert.Contains("11 (Office)", casePage);
        Assert.Contains("Medicare Part B", casePage);
        Assert.Contains($"href=\"/Notes/{noteIds[^1]}\"", casePage);
        Assert.Contains($"formaction=\"/Cases/{testCase.CaseId}/Notes/New?type=DailyNote\"", casePage);
        Assert.Contains($"formaction=\"/Cases/{testCase.CaseId}/Notes/New?type=ProgressNote\"", casePage);
        Assert.DoesNotContain("type=InitialEvaluation", casePage); // the case has its evaluation
        Assert.Contains("__RequestVerificationToken", casePage);

        var reads = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == Rehab.Core.Audit.AuditAction.Read && a.EntityType == "Case" && a.EntityId == testCase.CaseId.ToString())
            .Select(a => new { a.UserName, a.PatientId }).ToListAsync());
        Assert.Equal(new { UserName = (string?)"therapist", PatientId = (Guid?)testCase.PatientId }, Assert.Single(reads));
    }

    [Theory, Providers]
    public async Task A_case_opened_on_the_page_at_a_clinic_requiring_referrals_needs_one(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var patientId = (await PatientApi.AddPatientAsync(api, denver)).GetProperty("id").GetGuid();
        var policyId = await PatientApi.AddPolicyAsync(api, patientId);
        var physicianId = await PatientApi.AddPhysicianAsync(api);
        var page = await PageClient.SignInAsync(app, "therapist");
        var url = $"/Patients/{patientId}/Cases/New";
        var form = new Dictionary<string, string>
        {
            ["Input.ClinicId"] = denver.ToString(), ["Input.Title"] = "Ankle sprain", ["Input.PrimaryPolicyId"] = policyId.ToString(),
            ["Input.Diagnoses"] = "S93.401A",
        };

        var blank = await page.Http.GetStringAsync(url);
        Assert.Contains("The clinic requires a referral for every new case.", blank);
        var refused = await page.PostFormAsync(url, new(form));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Require a referral for every new case", await refused.Content.ReadAsStringAsync());

        form["Input.ReferringPhysicianId"] = physicianId.ToString();
        form["Input.ReferralReceived"] = Today.ToString("yyyy-MM-dd");
        var opened = await page.PostFormAsync(url, form);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var casePage = await page.Http.GetStringAsync(opened.Headers.Location!.ToString());
        Assert.Contains("Ankle sprain", casePage);
        Assert.Contains("Referring physician", casePage);
        Assert.Contains("Theo Therapist", casePage);
    }

    [Theory, Providers]
    public async Task Saving_the_case_form_over_a_newer_save_shows_who_changed_it(string provider)
    {
        var app = apps[provider];
        var testCase = await app.AddCaseAsync();
        var page = await PageClient.SignInAsync(app, "therapist");
        var editUrl = $"/Cases/{testCase.CaseId}/Edit";
        var html = await page.Http.GetStringAsync(editUrl);
        var version = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Version\" value=\"([^\"]+)\"").Groups[1].Value;

        var director = await app.ClientForAsync("director");
        var read = await director.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{testCase.CaseId}");
        Assert.Equal(version, read.GetProperty("version").GetString());
        var changed = await director.PutAsJsonAsync($"/api/v1/cases/{testCase.CaseId}", new
        {
            title = "Lumbar radiculopathy", primaryPolicyId = testCase.PrimaryPolicyId, treatingDiagnosisCodes = new[] { "M54.16" }, version,
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var stale = await page.PostFormAsync(editUrl, new()
        {
            ["Input.Title"] = "Low back pain, chronic", ["Input.PrimaryPolicyId"] = testCase.PrimaryPolicyId.ToString(), ["Input.Version"] = version,
        }, editUrl);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("director changed this case (title, treatingDiagnosisCodes)", await stale.Content.ReadAsStringAsync());
        Assert.Contains("Lumbar radiculopathy", await page.Http.GetStringAsync($"/Cases/{testCase.CaseId}"));
    }
}
