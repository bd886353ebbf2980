using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Web.Auth;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Organization;

public sealed class ClinicPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Editing_another_companys_clinic_answers_404(string provider)
    {
        var app = apps[provider];
        var theirs = await OtherCompanyClinicAsync(app);
        var admin = await PageClient.SignInAsync(app, "admin");

        var response = await admin.Http.GetAsync($"/Organization/Clinics/Edit/{theirs}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory, Providers]
    public async Task Switching_to_another_companys_clinic_answers_404_and_sets_no_clinic(string provider)
    {
        var app = apps[provider];
        var theirs = await OtherCompanyClinicAsync(app);
        var admin = await PageClient.SignInAsync(app, "admin");

        var response = await admin.PostFormAsync("/SwitchClinic",
            new() { ["clinicId"] = theirs.ToString(), ["returnUrl"] = "/" }, formPage: "/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith(HttpTenantContext.CurrentClinicCookie + "=", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task Switching_clinic_sets_a_strict_http_only_cookie_and_returns_only_to_local_pages(string provider)
    {
        var app = apps[provider];
        var denver = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Clinics.IgnoreQueryFilters()
            .Where(c => c.Name == "Denver Highlands").Select(c => c.Id).FirstAsync());
        var admin = await PageClient.SignInAsync(app, "admin");

        var response = await admin.PostFormAsync("/SwitchClinic",
            new() { ["clinicId"] = denver.ToString(), ["returnUrl"] = "https://example.org/" }, formPage: "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(HttpTenantContext.CurrentClinicCookie + "=", StringComparison.Ordinal));
        Assert.Contains($"={denver}", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, Providers]
    public async Task A_clinic_name_already_used_is_shown_at_the_name_field_and_nothing_is_saved(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var before = await CountClinicsAsync(app);

        var response = await admin.PostFormAsync("/Organization/Clinics/Create", new()
        {
            ["Input.Name"] = "Phoenix Central", ["Input.AddressLine1"] = "1 Main St", ["Input.City"] = "Mesa",
            ["Input.State"] = "AZ", ["Input.PostalCode"] = "85201", ["Input.TimeZone"] = "America/Phoenix", ["Input.IsActive"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("aria-describedby=\"name-hint name-error\"", html);
        Assert.Matches("id=\"name-error\"><span class=\"visually-hidden\">Error: </span>Another clinic already has this name", html);
        Assert.Equal(before, await CountClinicsAsync(app));
    }

    [Theory, Providers]
    public async Task Admin_adds_a_clinic_then_marks_it_inactive(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var name = "Flagstaff " + Guid.NewGuid().ToString("N")[..6];
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.AddressLine1"] = "1 Route 66", ["Input.City"] = "Flagstaff",
            ["Input.State"] = "az", ["Input.PostalCode"] = "86001", ["Input.TimeZone"] = "America/Phoenix",
        };

        var created = await admin.PostFormAsync("/Organization/Clinics/Create", new(form) { ["Input.IsActive"] = "true" });
        Assert.Equal("/Organization/Clinics", created.Headers.Location?.OriginalString);
        var clinic = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Clinics.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Name == name));
        Assert.True(clinic.IsActive);
        Assert.Equal("AZ", clinic.Address.State);

        var edited = await admin.PostFormAsync($"/Organization/Clinics/Edit/{clinic.Id}", new(form) { ["Input.IsActive"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var list = await admin.Http.GetStringAsync("/Organization/Clinics");
        Assert.Matches(new Regex($"<th scope=\"row\">{name}</th>((?!</tr>).)*<td>No</td>", RegexOptions.Singleline), list);
    }

    [Theory, Providers]
    public async Task A_therapist_of_one_clinic_sees_only_that_clinic_and_cannot_add_or_edit(string provider)
    {
        var app = apps[provider];
        var userName = "pt-" + Guid.NewGuid().ToString("N")[..8];
        var (denver, phoenix) = await app.WithScopeAsync(async sp =>
        {
            var clinics = await sp.GetRequiredService<RehabDbContext>().Clinics.IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.Name == "Denver Highlands" || c.Name == "Phoenix Central").ToListAsync();
            var denver = clinics.Single(c => c.Name == "Denver Highlands");
            await sp.GetRequiredService<CompanyProvisioning>().CreateUserAsync(denver.CompanyId,
                new NewUser(userName, "Pat Therapist", RehabAppFactory.Password, UserType.PT, [], [denver.Id]));
            return (denver.Id, clinics.Single(c => c.Name == "Phoenix Central").Id);
        });
        var therapist = await PageClient.SignInAsync(app, userName);

        var list = await therapist.Http.GetStringAsync("/Organization/Clinics");
        Assert.Contains("Denver Highlands", list);
        Assert.DoesNotContain("Phoenix Central", list);
        Assert.DoesNotContain("Add clinic", list);
        Assert.DoesNotContain("clinic-switcher", list);

        var home = await therapist.Http.GetStringAsync("/");
        Assert.Contains("Current clinic: <strong>Denver Highlands</strong>", home);

        foreach (var url in new[] { "/Organization/Clinics/Create", $"/Organization/Clinics/Edit/{denver}", $"/Organization/Clinics/Edit/{phoenix}" })
        {
            var response = await therapist.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Denied", response.Headers.Location?.ToString());
        }
        var switched = await therapist.PostFormAsync("/SwitchClinic",
            new() { ["clinicId"] = phoenix.ToString(), ["returnUrl"] = "/" }, formPage: "/Organization/Clinics");
        Assert.Equal(HttpStatusCode.NotFound, switched.StatusCode);
    }

    [Theory, Providers]
    public async Task Opening_the_audit_log_page_is_itself_audited(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");

        var response = await admin.Http.GetAsync("/Audit?action=Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<td>Login</td>", await response.Content.ReadAsStringAsync());
        var reads = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .CountAsync(a => a.Action == AuditAction.Read && a.EntityType == "AuditLog" && a.UserName == "admin"));
        Assert.True(reads >= 1);
    }

    private static Task<int> CountClinicsAsync(RehabAppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Clinics.IgnoreQueryFilters().CountAsync());

    private static Task<Guid> OtherCompanyClinicAsync(RehabAppFactory app) => app.WithScopeAsync(async sp =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var created = await sp.GetRequiredService<CompanyProvisioning>().CreateAsync(new NewCompany(
            "Other Rehab " + suffix, null,
            [new ClinicDetails("Elsewhere " + suffix, "1 Other St", null, "Boise", "ID", "83702", null, null, null, "America/Boise")],
            new NewUser("other-" + suffix, "Other Admin", RehabAppFactory.Password, UserType.Clerical, [Permission.CompanyAdmin])));
        return created.Clinics[0].Id;
    });
}
