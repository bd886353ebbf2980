using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using Rehab.Web.Tests.Users;

namespace Rehab.Web.Tests.Audit;

/// <summary>The audit path stays available and fails closed (ONC 170.315(d)(2), (d)(10)).</summary>
public sealed class AuditAvailabilityTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Clinicians_reading_charts_while_an_admin_adds_users_neither_deadlock_nor_fail(string provider)
    {
        var app = apps[provider];
        var patient = (await app.AddCaseAsync()).PatientId;
        var clinic = await app.ClinicIdAsync("Phoenix Central");
        var admin = await app.ClientForAsync("admin");
        var readers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.ClientForAsync("therapist")));
        // A bound on liveness, not a speed measure: before, these waited 30 s and more and then failed.
        var bound = TimeSpan.FromSeconds(60);

        using var stop = new CancellationTokenSource();
        var reads = readers.Select(async reader =>
        {
            var statuses = new List<HttpStatusCode>();
            while (!stop.IsCancellationRequested || statuses.Count < 3)
                statuses.Add((await reader.GetAsync($"/api/v1/patients/{patient}").WaitAsync(bound)).StatusCode);
            return statuses;
        }).ToList();
        var created = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            created.Add((await admin.PostAsJsonAsync("/api/v1/users",
                UserApi.User(TestData.Unique("fo-"), "Clerical", clinic)).WaitAsync(bound)).StatusCode);
        await stop.CancelAsync();
        var readStatuses = (await Task.WhenAll(reads)).SelectMany(s => s).ToList();

        Assert.All(created, s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.All(readStatuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var report = await app.SealAndVerifyAuditAsync();
        Assert.True(report.Result.IsIntact, report.Result.Problem);
        var recorded = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .CountAsync(a => a.Action == AuditAction.Read && a.PatientId == patient));
        Assert.True(recorded >= readStatuses.Count, $"{recorded} reads recorded of {readStatuses.Count} answered");
    }

    [Theory, Providers]
    public async Task A_read_whose_audit_entry_cannot_be_written_shows_no_patient_data(string provider)
    {
        var failing = new FailingReadAudit();
        await using var app = new RehabAppFactory(provider);
        await using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s
            .ConfigureDbContext<SqliteRehabDbContext>(o => o.AddInterceptors(failing))
            .ConfigureDbContext<PostgresRehabDbContext>(o => o.AddInterceptors(failing))));
        await using var scope = host.Services.CreateAsyncScope();
        var patient = await scope.ServiceProvider.GetRequiredService<RehabDbContext>()
            .Patients.IgnoreQueryFilters().Where(p => p.LastName == "Lopez").Select(p => new { p.Id, p.FirstName, p.LastName })
            .SingleAsync();
        var client = host.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token",
            new { username = "therapist", password = RehabAppFactory.Password })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());

        failing.Fail = true;
        var withheld = await client.GetAsync($"/api/v1/patients/{patient.Id}");
        var body = await withheld.Content.ReadAsStringAsync();
        failing.Fail = false;
        var shown = await client.GetAsync($"/api/v1/patients/{patient.Id}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, withheld.StatusCode);
        Assert.Equal("application/problem+json", withheld.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(patient.LastName, body);
        Assert.DoesNotContain(patient.Id.ToString(), body);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains(patient.LastName, await shown.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task A_refused_write_is_recorded_with_who_what_and_why(string provider)
    {
        var app = apps[provider];
        var frontOffice = await app.ClientForAsync("frontoffice");
        var clinic = await app.ClinicIdAsync("Phoenix Central");

        var refused = await frontOffice.PostAsJsonAsync("/api/v1/users", UserApi.User(TestData.Unique("fo-"), "Clerical", clinic));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var entry = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Action == AuditAction.Refused && a.UserName == "frontoffice").OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Contains("POST /api/v1/users", entry.EntityType);
        Assert.StartsWith("HTTP 403", entry.Details);
    }

    /// <summary>Makes the database refuse every Read audit entry while <see cref="Fail"/> is set.</summary>
    private sealed class FailingReadAudit : SaveChangesInterceptor
    {
        public volatile bool Fail;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Fail && eventData.Context!.ChangeTracker.Entries<AuditEntry>().Any(e => e.Entity.Action == AuditAction.Read)
                ? throw new InvalidOperationException("the audit table refused the write")
                : ValueTask.FromResult(result);
    }
}
