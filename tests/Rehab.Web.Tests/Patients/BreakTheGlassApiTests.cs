using System.Linq.Expressions;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Patients.PatientApi;

namespace Rehab.Web.Tests.Patients;

/// <summary>
/// Emergency access (ONC 170.315(d)(6)): "director" is a PT of Phoenix Central only; the patients here are registered
/// at Denver Highlands by "therapist", who works at both.
/// </summary>
public sealed class BreakTheGlassApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string Reason = "Patient fell in our Phoenix gym; need precautions and plan of care now";

    [Theory, Providers]
    public async Task Break_glass_requires_a_reason(string provider)
    {
        var app = apps[provider];
        var (id, mrn) = await DenverPatientAsync(app);
        var director = await app.ClientForAsync("director");

        var none = await ProblemAsync(await BreakAsync(director, ByMrn(mrn, reason: null)), HttpStatusCode.BadRequest);
        Assert.Contains("at least 20 characters", Assert.Single(FieldErrors(none, "reason")));
        var shortReason = await BreakAsync(director, ByMrn(mrn, reason: "urgent"));
        Assert.NotEmpty(FieldErrors(await ProblemAsync(shortReason, HttpStatusCode.BadRequest), "reason"));
        var blank = await ProblemAsync(await BreakAsync(director, new { reason = Reason }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(blank, "medicalRecordNumber"));
        Assert.NotEmpty(FieldErrors(blank, "category"));
        var badCategory = await BreakAsync(director, ByMrn(mrn, "Curiosity"));
        Assert.Equal(HttpStatusCode.BadRequest, badCategory.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/v1/patients/{id}")).StatusCode);
    }

    [Theory, Providers]
    public async Task Break_glass_grants_only_that_patient_for_sixty_minutes(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fresh = new RehabAppFactory(provider);
        await using var app = fresh.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var therapist = await ClientAsync(app, "therapist");
        var denver = await fresh.ClinicIdAsync("Denver Highlands");
        var needed = await AddPatientAsync(therapist, denver);
        var other = (await AddPatientAsync(therapist, denver)).GetProperty("id").GetGuid();
        var id = needed.GetProperty("id").GetGuid();

        var director = await ClientAsync(app, "director");
        var granted = await BreakAsync(director, new
        {
            medicalRecordNumber = needed.GetProperty("medicalRecordNumber").GetString()!.ToLowerInvariant(),
            category = "PatientSafety", reason = Reason,
        });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var grant = await granted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, grant.GetProperty("patientId").GetGuid());
        Assert.Equal(clock.GetUtcNow().AddMinutes(60), grant.GetProperty("expiresAt").GetDateTimeOffset());

        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/v1/patients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/v1/patients/{id}/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/v1/patients/{id}/policies")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/v1/patients/{other}")).StatusCode);
        var change = await director.PutAsJsonAsync($"/api/v1/patients/{id}",
            Patient(await fresh.ClinicIdAsync("Phoenix Central"), "Moved", TestData.Unique("M-")));
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode); // read-only: writes keep to the user's clinics

        clock.Advance(TimeSpan.FromMinutes(59));
        director = await ClientAsync(app, "director");
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/v1/patients/{id}")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(1));
        director = await ClientAsync(app, "director");
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/v1/patients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/v1/patients/{id}/cases")).StatusCode);
    }

    [Theory, Providers]
    public async Task Reads_under_break_glass_are_audited_with_the_reason(string provider)
    {
        var app = apps[provider];
        var (id, mrn) = await DenverPatientAsync(app);
        var director = await app.ClientForAsync("director");
        var grant = await GrantAsync(director, ByMrn(mrn, "CoveringAnotherClinic"));

        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/v1/patients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/v1/patients/{id}/cases")).StatusCode);

        var entries = await AuditAsync(app, a => a.PatientId == id && a.UserName == "director");
        var created = Assert.Single(entries, a => a.Action == AuditAction.Create);
        Assert.Equal(nameof(EmergencyAccessGrant), created.EntityType);
        Assert.Equal(grant.ToString(), created.EntityId);
        var reads = entries.Where(a => a.Action == AuditAction.Read).ToList();
        Assert.Equal(["Patient", "Case"], reads.Select(r => r.EntityType));
        Assert.All(reads, r => Assert.Equal($"Emergency access {grant} (CoveringAnotherClinic): {Reason}", r.Details));

        // the clinician's own patients are read without it
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var own = (await AddPatientAsync(director, phoenix)).GetProperty("id").GetGuid();
        await director.GetAsync($"/api/v1/patients/{own}");
        var ownRead = Assert.Single(await AuditAsync(app, a => a.PatientId == own && a.Action == AuditAction.Read));
        Assert.Null(ownRead.Details);
    }

    [Theory, Providers]
    public async Task Clerical_user_cannot_break_the_glass(string provider)
    {
        var app = apps[provider];
        var (id, mrn) = await DenverPatientAsync(app);
        var phoenixClerk = TestData.Unique("clerk-");
        await app.AddStaffAsync(phoenixClerk, Core.Users.UserType.Clerical, [Core.Users.Permission.ViewPatients],
            [await app.ClinicIdAsync("Phoenix Central")]);

        foreach (var user in new[] { phoenixClerk, "biller" }) // the biller sees every clinic, and still may not
        {
            var api = await app.ClientForAsync(user);
            var refused = await ProblemAsync(await BreakAsync(api, ByMrn(mrn)), HttpStatusCode.Forbidden);
            Assert.Contains("licensed clinicians", refused.GetProperty("detail").GetString());
        }
        var clerk = await app.ClientForAsync(phoenixClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/v1/patients/{id}")).StatusCode);
        Assert.Single(await AuditAsync(app, a => a.UserName == phoenixClerk && a.Action == AuditAction.Refused));
        Assert.Equal(0, await GrantCountAsync(app, id));
    }

    [Theory, Providers]
    public async Task A_student_cannot_break_the_glass_but_an_assistant_can(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var phoenixPatient = await AddPatientAsync(therapist, await app.ClinicIdAsync("Phoenix Central"));
        var student = await app.ClientForAsync("student"); // Denver Highlands only
        var phoenixMrn = phoenixPatient.GetProperty("medicalRecordNumber").GetString();
        var refused = await ProblemAsync(await BreakAsync(student, ByMrn(phoenixMrn)), HttpStatusCode.Forbidden);
        Assert.Contains("supervising therapist", refused.GetProperty("detail").GetString());

        var (id, mrn) = await DenverPatientAsync(app);
        var assistant = await app.ClientForAsync("assistant"); // Phoenix Central only
        await GrantAsync(assistant, ByMrn(mrn, "UnscheduledVisit"));
        Assert.Equal(HttpStatusCode.OK, (await assistant.GetAsync($"/api/v1/patients/{id}")).StatusCode);
    }

    [Theory, Providers]
    public async Task Break_glass_never_crosses_companies(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync("Zephyr Emergency " + provider, TestData.Unique("zephyr-"),
            "Zephyr Clinic " + provider);
        var mrn = TestData.Unique("ZEP-").ToUpperInvariant();
        var zephyrPatient = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var patient = new Patient
            {
                CompanyId = other.Company.Id, ClinicId = other.Clinics.Single().Id,
                FirstName = "Nanuq", LastName = "Zephyrson", DateOfBirth = new DateOnly(1950, 1, 2),
                MedicalRecordNumber = mrn, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Patients.Add(patient);
            await db.SaveChangesAsync();
            return patient.Id;
        });

        var director = await app.ClientForAsync("director");
        Assert.Equal(HttpStatusCode.NotFound, (await BreakAsync(director, ByMrn(mrn))).StatusCode);
        var byName = await BreakAsync(director, ByName("Zephyrson", "1950-01-02"));
        var problem = await ProblemAsync(byName, HttpStatusCode.NotFound);
        Assert.DoesNotContain("Zephyr", problem.GetRawText());
        var read = await director.GetAsync($"/api/v1/patients/{zephyrPatient}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(0, await GrantCountAsync(app, zephyrPatient));
        var probes = await AuditAsync(app, a => a.UserName == "director" && a.Action == AuditAction.Refused
                                                && a.EntityType == nameof(EmergencyAccessGrant)
                                                && a.Details == "No patient matched");
        Assert.True(probes.Count >= 2, $"{probes.Count} lookups recorded");
    }

    [Theory, Providers]
    public async Task Break_glass_by_name_needs_the_exact_last_name_and_date_of_birth(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var lastName = TestData.Unique("Exactly");
        var created = await therapist.PostAsJsonAsync("/api/v1/patients",
            Patient(await app.ClinicIdAsync("Denver Highlands"), lastName, TestData.Unique("MRN-"), "1944-06-06"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var director = await app.ClientForAsync("director");

        var partial = await BreakAsync(director, ByName(lastName[..8], "1944-06-06"));
        Assert.Equal(HttpStatusCode.NotFound, partial.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await BreakAsync(director, ByName(lastName, "1944-06-07"))).StatusCode);
        Assert.Equal(0, await GrantCountAsync(app, id));

        await GrantAsync(director, ByName(lastName.ToUpperInvariant(), "1944-06-06"));
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/v1/patients/{id}")).StatusCode);
    }

    [Theory, Providers]
    public async Task A_patient_of_the_users_own_clinics_needs_no_break_glass(string provider)
    {
        var app = apps[provider];
        var director = await app.ClientForAsync("director");
        var own = await AddPatientAsync(director, await app.ClinicIdAsync("Phoenix Central"));
        var response = await BreakAsync(director, ByMrn(own.GetProperty("medicalRecordNumber").GetString()));
        Assert.NotEmpty(FieldErrors(await ProblemAsync(response, HttpStatusCode.Conflict), "medicalRecordNumber"));
        Assert.Equal(0, await GrantCountAsync(app, own.GetProperty("id").GetGuid()));
    }

    [Theory, Providers]
    public async Task Admins_see_break_glass_events(string provider)
    {
        var app = apps[provider];
        var (id, mrn) = await DenverPatientAsync(app);
        var director = await app.ClientForAsync("director");
        var grant = await GrantAsync(director, ByMrn(mrn, "PatientSafety"));
        await director.GetAsync($"/api/v1/patients/{id}");
        await director.GetAsync($"/api/v1/patients/{id}/policies");

        var admin = await app.ClientForAsync("admin");
        var events = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/emergency-access");
        var seen = Assert.Single(events.EnumerateArray(), e => e.GetProperty("id").GetGuid() == grant);
        Assert.Equal("director", seen.GetProperty("userName").GetString());
        Assert.Equal(id, seen.GetProperty("patientId").GetGuid());
        Assert.Equal(mrn.ToUpperInvariant(), seen.GetProperty("medicalRecordNumber").GetString());
        Assert.Equal("PatientSafety", seen.GetProperty("category").GetString());
        Assert.Equal(Reason, seen.GetProperty("reason").GetString());
        Assert.Equal(["Patient", "Policy"],
            seen.GetProperty("reads").EnumerateArray().Select(r => r.GetProperty("entityType").GetString()));

        var page = await PageClient.SignInAsync(app, "admin");
        var html = await page.Http.GetStringAsync("/Audit/EmergencyAccess");
        Assert.Contains(Reason, html);
        Assert.Contains(mrn.ToUpperInvariant(), html);

        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync("/api/v1/audit/emergency-access")).StatusCode);
        var backwards = await admin.GetAsync("/api/v1/audit/emergency-access?from=2026-05-02&to=2026-05-01");
        Assert.NotEmpty(FieldErrors(await ProblemAsync(backwards, HttpStatusCode.BadRequest), "to"));
        var tooLong = await admin.GetAsync("/api/v1/audit/emergency-access?from=2024-01-01&to=2026-01-01");
        Assert.NotEmpty(FieldErrors(await ProblemAsync(tooLong, HttpStatusCode.BadRequest), "from"));
    }

    private static async Task<(Guid Id, string Mrn)> DenverPatientAsync(RehabAppFactory app)
    {
        var therapist = await app.ClientForAsync("therapist");
        var patient = await AddPatientAsync(therapist, await app.ClinicIdAsync("Denver Highlands"));
        return (patient.GetProperty("id").GetGuid(), patient.GetProperty("medicalRecordNumber").GetString()!);
    }

    private static object ByMrn(string? mrn, string category = "Other", string? reason = Reason) =>
        new { medicalRecordNumber = mrn, category, reason };

    private static object ByName(string lastName, string dateOfBirth) =>
        new { lastName, dateOfBirth, category = "Other", reason = Reason };

    private static Task<List<AuditEntry>> AuditAsync(RehabAppFactory app, Expression<Func<AuditEntry, bool>> which) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .AsNoTracking().Where(which).OrderBy(a => a.Id).ToListAsync());

    private static Task<HttpResponseMessage> BreakAsync(HttpClient api, object body) =>
        api.PostAsJsonAsync("/api/v1/emergency-access", body);

    private static async Task<Guid> GrantAsync(HttpClient api, object body)
    {
        var response = await BreakAsync(api, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<int> GrantCountAsync(RehabAppFactory app, Guid patientId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().EmergencyAccessGrants.IgnoreQueryFilters()
            .CountAsync(g => g.PatientId == patientId));

    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> app, string user)
    {
        var client = app.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token",
            new { username = user, password = RehabAppFactory.Password })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}
