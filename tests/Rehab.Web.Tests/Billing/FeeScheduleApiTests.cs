using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Billing;

public sealed class FeeScheduleApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string Header = "year,code,carrier_number,locality,facility_type,allowed_amount\n";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Theory, Providers]
    public async Task An_admin_imports_the_sample_file_and_a_new_file_replaces_its_years(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var sample = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "samples", "fee-schedule-sample-made-up-amounts.csv"));

        var first = await api.PutAsync("/api/v1/billing/fee-schedule", Csv(sample));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var imported = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([2025, 2026], imported.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        var total = imported.GetProperty("imported").GetInt32();
        Assert.True(total > 100);

        var replaced = await api.PutAsync("/api/v1/billing/fee-schedule", Csv(Header + "2026,97110,01112,05,non-institutional,30.00\n"));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var summary = await api.GetFromJsonAsync<JsonElement>("/api/v1/billing/fee-schedule");
        var rows = summary.EnumerateArray().ToList();
        Assert.Equal(1, rows.Where(r => r.GetProperty("year").GetInt32() == 2026).Sum(r => r.GetProperty("codes").GetInt32()));
        Assert.True(rows.Where(r => r.GetProperty("year").GetInt32() == 2025).Sum(r => r.GetProperty("codes").GetInt32()) > 50);

        var audits = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.EntityType == "FeeSchedule").ToListAsync());
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal((AuditAction.Import, "admin"), (a.Action, a.UserName)));
    }

    [Theory, Providers]
    public async Task A_file_with_a_bad_row_changes_nothing_and_names_line_and_column(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        await api.PutAsync("/api/v1/billing/fee-schedule", Csv(Header + "2024,97110,01112,05,non-institutional,29.00\n"));

        var response = await api.PutAsync("/api/v1/billing/fee-schedule",
            Csv(Header + "2024,97110,01112,05,non-institutional,31.00\n2024,97112,01112,05,hospital,32.00\n"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = problem.GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.StartsWith("line 3, facility_type", error, StringComparison.Ordinal);

        var amount = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().FeeScheduleAmounts.IgnoreQueryFilters()
            .Where(f => f.Year == 2024 && f.Code == "97110").Select(f => f.AllowedAmount).ToListAsync());
        Assert.Equal([29.00m], amount);
    }

    [Theory, Providers]
    public async Task Only_a_company_admin_imports_and_each_company_keeps_its_own(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("biller-");
        await app.AddUserAsync(user, []);
        var biller = await app.ClientForAsync(user);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await biller.PutAsync("/api/v1/billing/fee-schedule", Csv(Header + "2023,97110,01112,05,institutional,1.00\n"))).StatusCode);

        var other = await app.AddCompanyAsync(TestData.Unique("Fee Co "), TestData.Unique("fee-admin-"), TestData.Unique("Fee Clinic "));
        var otherApi = await app.ClientForAsync(other.Admin.UserName!);
        Assert.Equal(HttpStatusCode.OK,
            (await otherApi.PutAsync("/api/v1/billing/fee-schedule", Csv(Header + "2019,97110,01112,05,institutional,1.00\n"))).StatusCode);
        var mine = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/billing/fee-schedule");
        Assert.DoesNotContain(mine.EnumerateArray(), r => r.GetProperty("year").GetInt32() == 2019);
    }

    [Theory, Providers]
    public async Task Something_other_than_csv_is_refused(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var response = await api.PutAsJsonAsync("/api/v1/billing/fee-schedule", new { year = 2026 });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rehab.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("Rehab.slnx not found above the test assembly.");
    }
}
