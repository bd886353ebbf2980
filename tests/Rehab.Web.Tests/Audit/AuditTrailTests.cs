using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Audit;

public sealed class AuditTrailTests(Apps apps) : IClassFixture<Apps>
{
    private static Task<List<AuditEntry>> AllAsync(RehabAppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .AsNoTracking().OrderBy(a => a.Id).ToListAsync());

    [Theory, Providers]
    public async Task Every_write_is_audited_with_who_what_and_which_fields(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var name = TestData.Unique("Chandler ");
        var created = await api.PostAsJsonAsync("/api/v1/clinics", new
        {
            name, addressLine1 = "1 Main St", city = "Chandler", state = "AZ", postalCode = "85225", timeZone = "America/Phoenix",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await api.PutAsJsonAsync($"/api/v1/clinics/{id}", new
        {
            name, addressLine1 = "1 Main St", city = "Chandler", state = "AZ", postalCode = "85225", phone = "480-555-0123", timeZone = "America/Phoenix",
        });

        var entries = (await AllAsync(app)).Where(a => a.EntityType == "Clinic" && a.EntityId == id).ToList();
        Assert.Equal([AuditAction.Create, AuditAction.Update], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal("admin", e.UserName);
            Assert.NotNull(e.CompanyId);
            Assert.Equal(Guid.Parse(id!), e.ClinicId);
            Assert.Equal(AuditOutcome.Success, e.Outcome);
        });
        Assert.Equal("Phone", entries[1].Details);
    }

    [Theory, Providers]
    public async Task Reading_the_audit_log_is_itself_audited_and_filters_work(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var tokens = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?user=admin&action=TokenIssued&from={today}&to={today}");
        Assert.NotEqual(0, tokens.GetArrayLength());
        Assert.All(tokens.EnumerateArray(), e => Assert.Equal("TokenIssued", e.GetProperty("action").GetString()));

        var reads = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=Read&sort=-time");
        Assert.Contains(reads.EnumerateArray(), e => e.GetProperty("entityType").GetString() == "AuditLog");

        var byUser = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit?sort=user");
        var users = byUser.EnumerateArray().Select(e => e.GetProperty("userName").GetString()).ToList();
        var named = users.TakeWhile(u => u is not null).ToList();
        Assert.Equal(named.Order(StringComparer.Ordinal), named);
        Assert.All(users.Skip(named.Count), u => Assert.Null(u)); // entries without a user (system work) come last
    }

    [Theory, Providers]
    public async Task The_chain_stays_intact_under_concurrent_writers(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var writes = Enumerable.Range(0, 12).Select(i => api.PostAsJsonAsync("/api/v1/clinics", new
        {
            name = TestData.Unique($"Parallel {i} "), addressLine1 = "1 Main St", city = "Tempe", state = "AZ", postalCode = "85281", timeZone = "America/Phoenix",
        }));
        Assert.All(await Task.WhenAll(writes), r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        var report = await app.SealAndVerifyAuditAsync();
        Assert.True(report.Result.IsIntact, report.Result.Problem);
        Assert.Equal(0, report.Unsealed);
        Assert.Equal((await AllAsync(app)).Count, report.Result.CheckedRows);
    }

    [Theory, Providers]
    public async Task Audit_rows_cannot_be_changed_or_deleted_through_the_context(string provider)
    {
        var app = apps[provider];
        await app.ClientForAsync("admin");
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var entry = await db.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).FirstAsync();
            entry.Action = "Rewritten";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            db.AuditEntries.Remove(await db.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).FirstAsync());
            return await db.SaveChangesAsync();
        }));
        Assert.True((await app.SealAndVerifyAuditAsync()).Result.IsIntact);
    }

    [Theory, Providers]
    public async Task A_company_admin_sees_only_their_company_audit_rows(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("Other Co "), TestData.Unique("other-admin-"), TestData.Unique("Other Clinic "));
        var api = await app.ClientForAsync("admin");
        var rows = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit?sort=time");
        Assert.DoesNotContain(rows.EnumerateArray(), e => e.GetProperty("entityId").GetString() == other.Clinics[0].Id.ToString());
        Assert.DoesNotContain(rows.EnumerateArray(), e => e.GetProperty("userName").GetString() == other.Admin.UserName);
    }
}
