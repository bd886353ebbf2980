using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Billing;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Settings;

public sealed class PayerPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task The_insurance_admin_sees_the_payer_list_and_form_and_the_therapist_is_denied(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var therapist = await PageClient.SignInAsync(app, "therapist");
        var name = TestData.Unique("Cigna PPO ");
        var id = await CreateAsync(admin, name, "PPO", "RuleOfEights");

        var list = await Html(await admin.Http.GetAsync("/Settings/Payers"));
        Assert.Contains($"<a href=\"/Settings/Payers/Edit/{id}\">{name}</a>", list);
        Assert.Contains("href=\"/Settings/Payers\"", list); // the nav link
        var form = await Html(await admin.Http.GetAsync("/Settings/Payers/Edit"));
        Assert.Contains("<h1>Add payer</h1>", form);
        Assert.Contains("name=\"Input.EnabledAdditionalModifiers\" value=\"KX\"", form); // the company's modifier list

        foreach (var url in new[] { "/Settings/Payers", "/Settings/Payers/Edit", $"/Settings/Payers/Edit/{id}" })
        {
            var denied = await therapist.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/Denied", denied.Headers.Location!.ToString());
        }
        Assert.DoesNotContain("href=\"/Settings/Payers\"", await therapist.Http.GetStringAsync("/"));
    }

    [Theory, Providers]
    public async Task Medicare_on_the_rule_of_8s_is_shown_at_the_unit_rule_and_nothing_is_saved(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var before = await CountPayersAsync(app);

        var response = await admin.PostFormAsync("/Settings/Payers/Edit", Form(TestData.Unique("Medicare Part B "), "Medicare", "RuleOfEights"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Html(response);
        Assert.Contains("<title>Error: Add payer", html);
        Assert.Matches("id=\"unitRule-error\"><span class=\"visually-hidden\">Error: </span>Medicare payers always bill by the 8-Minute Rule", html);
        Assert.Contains("<a href=\"#unitRule\">", html); // the summary links to the field
        Assert.Contains("id=\"unitRule-medicare\"", html); // and the form says why
        Assert.Equal(before, await CountPayersAsync(app));
    }

    [Theory, Providers]
    public async Task A_word_in_visits_per_year_is_refused_rather_than_saved_as_no_limit(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var before = await CountPayersAsync(app);

        var response = await admin.PostFormAsync("/Settings/Payers/Edit",
            new(Form(TestData.Unique("Humana PPO "), "PPO", "EightMinute")) { ["Input.VisitsPerYearLimit"] = "lots" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"visitsPerYearLimit-error\"", await Html(response));
        Assert.Equal(before, await CountPayersAsync(app));
    }

    [Theory, Providers]
    public async Task Changing_the_unit_rule_on_the_form_saves_it_and_shows_it_in_the_payers_history(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var name = TestData.Unique("Aetna PPO ");
        var id = await CreateAsync(admin, name, "PPO", "EightMinute");

        var changed = await admin.PostFormAsync($"/Settings/Payers/Edit/{id}",
            new(Form(name, "PPO", "RuleOfEights")) { ["Input.EnabledAdditionalModifiers[0]"] = "59", ["Input.VisitsPerYearLimit"] = "24" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var payer = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Payers.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(UnitRule.RuleOfEights, payer.UnitRule);
        Assert.Equal("59", payer.EnabledAdditionalModifiers);
        Assert.Equal(24, payer.VisitsPerYearLimit);
        var page = await Html(await admin.Http.GetAsync($"/Settings/Payers/Edit/{id}"));
        Assert.Contains($"Payer {name} saved.", page);
        Assert.Contains("value=\"RuleOfEights\" checked=\"checked\"", page);
        Assert.Matches("<td>admin</td>\\s*<td>Unit rule</td>\\s*<td>8-Minute Rule → Rule of 8s</td>", page);
        Assert.Matches("<td>Name</td>\\s*<td>— → " + name + "</td>", page); // the creation, older
    }

    [Theory, Providers]
    public async Task Another_companys_payer_answers_404(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("Payer Page Co "), TestData.Unique("pp-admin-"), TestData.Unique("PP Clinic "));
        var theirs = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var payer = new Rehab.Data.Payers.Payer { CompanyId = other.Company.Id, Name = "Their PPO" };
            db.Payers.Add(payer);
            await db.SaveChangesAsync();
            return payer.Id;
        });
        var admin = await PageClient.SignInAsync(app, "admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/Settings/Payers/Edit/{theirs}")).StatusCode);
        var posted = await admin.PostFormAsync($"/Settings/Payers/Edit/{theirs}", Form("Their PPO", "PPO", "RuleOfEights"), formPage: "/Settings/Payers/Edit");
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }

    internal static Dictionary<string, string> Form(string name, string type, string unitRule) => new()
    {
        ["Input.Name"] = name, ["Input.Type"] = type, ["Input.UnitRule"] = unitRule, ["Input.IsActive"] = "true",
    };

    /// <summary>Adds a payer through the form and returns its id from the redirect to its page.</summary>
    internal static async Task<Guid> CreateAsync(PageClient page, string name, string type, string unitRule, Dictionary<string, string>? more = null)
    {
        var form = Form(name, type, unitRule);
        foreach (var (key, value) in more ?? [])
            form[key] = value;
        var created = await page.PostFormAsync("/Settings/Payers/Edit", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>The page's HTML with entities decoded, so text reads as the user sees it.</summary>
    internal static async Task<string> Html(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static Task<int> CountPayersAsync(RehabAppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Payers.IgnoreQueryFilters().CountAsync());
}
