using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Settings;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Settings.PayerPageTests;

namespace Rehab.Web.Tests.Settings;

public sealed class SettingsPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Each_settings_page_renders_for_the_admin_and_the_admin_pages_are_denied_to_the_therapist(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var admin = await PageClient.SignInAsync(app, "admin");
        var therapist = await PageClient.SignInAsync(app, "therapist");
        var adminPages = new Dictionary<string, string>
        {
            ["/Settings/Company"] = "<h1>Company settings</h1>",
            [$"/Settings/Clinics/{phoenix}"] = "<h1>Settings of Phoenix Central</h1>",
            ["/Settings/Review"] = "<h1>Settings review</h1>",
        };

        foreach (var (url, heading) in adminPages)
        {
            Assert.Contains(heading, await Html(await admin.Http.GetAsync(url)));
            var denied = await therapist.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/Denied", denied.Headers.Location!.ToString());
        }
        Assert.Contains("<h1>Effective rules</h1>", await Html(await therapist.Http.GetAsync("/Settings/Effective")));

        var adminHome = await admin.Http.GetStringAsync("/");
        Assert.Contains("href=\"/Settings/Company\"", adminHome);
        Assert.Contains("href=\"/Settings/Review\"", adminHome);
        var therapistHome = await therapist.Http.GetStringAsync("/");
        Assert.DoesNotContain("href=\"/Settings/Company\"", therapistHome);
        Assert.DoesNotContain("href=\"/Settings/Review\"", therapistHome);
        Assert.Contains("href=\"/Settings/Effective\"", therapistHome);
        Assert.Contains($"href=\"/Settings/Clinics/{phoenix}\"", await admin.Http.GetStringAsync("/Organization/Clinics"));
        Assert.DoesNotContain("href=\"/Settings/Clinics/", await therapist.Http.GetStringAsync("/Organization/Clinics"));
    }

    [Theory, Providers]
    public async Task The_clinic_settings_form_saves_and_the_change_appears_in_the_clinics_history(string provider)
    {
        var app = apps[provider];
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var admin = await PageClient.SignInAsync(app, "admin");
        var url = $"/Settings/Clinics/{denver}";
        var referral = (await SettingsOfAsync(app, denver))?.RequireReferral ?? false;

        var page = await Html(await admin.Http.GetAsync(url));
        Assert.Contains("<fieldset id=\"medicare-fee-schedule\">", page);
        Assert.Contains("<option value=\"22\">22 (On Campus-Outpatient Hospital)</option>", page);

        var saved = await admin.PostFormAsync(url, ClinicForm(new()
        {
            ["SupervisionChoice"] = "custom", ["CustomWording"] = "Supervised on site by the treating PT.",
            ["Input.MedicareCarrierNumber"] = "4112", ["Input.MedicareLocalityNumber"] = "1", ["Input.MedicareFacilityType"] = "NonInstitutional",
            ["Input.DefaultPlaceOfService"] = "12", ["Input.RequireReferral"] = (!referral).ToString(), ["Input.PasswordExpiry"] = "Days30",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await SettingsOfAsync(app, denver))!;
        Assert.Equal("Supervised on site by the treating PT.", stored.SupervisionWording);
        Assert.Equal(("04112", "01"), (stored.MedicareCarrierNumber, stored.MedicareLocalityNumber));
        Assert.Equal("12", stored.DefaultPlaceOfService);
        Assert.Equal(!referral, stored.RequireReferral);
        Assert.Equal(PasswordExpiry.Days30, stored.PasswordExpiry);
        var after = await Html(await admin.Http.GetAsync(url));
        Assert.Contains("Settings of Denver Highlands saved.", after);
        Assert.Contains("value=\"custom\" checked=\"checked\"", after);
        Assert.Matches($"<td>Require referral</td>\\s*<td>{(referral ? "on → off" : "(default|off) → on")}</td>", after);
        Assert.Matches("<td>Default place of service</td>\\s*<td>(default|11 \\(Office\\)) → 12 \\(Home\\)</td>", after);
        Assert.DoesNotContain("Not chosen yet: every user", after);
    }

    [Theory, Providers]
    public async Task A_malformed_place_of_service_is_refused_and_nothing_is_saved(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var admin = await PageClient.SignInAsync(app, "admin");
        var before = await ClinicRevisionsAsync(app, phoenix);

        var response = await admin.PostFormAsync($"/Settings/Clinics/{phoenix}", ClinicForm(new() { ["Input.DefaultPlaceOfService"] = "1" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"defaultPlaceOfService-error\"", await Html(response));
        Assert.Equal(before, await ClinicRevisionsAsync(app, phoenix));
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().ClinicSettings.IgnoreQueryFilters()
            .AnyAsync(s => s.ClinicId == phoenix && s.DefaultPlaceOfService == "1")));
    }

    [Theory, Providers]
    public async Task A_clinic_the_admin_may_not_access_answers_404(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("Clinic Page Co "), TestData.Unique("cp-admin-"), TestData.Unique("CP Clinic "));
        var admin = await PageClient.SignInAsync(app, "admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/Settings/Clinics/{other.Clinics[0].Id}")).StatusCode);
    }

    [Theory, Providers]
    public async Task The_company_settings_form_saves_the_modifier_list_and_refuses_a_duplicate(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var page = await Html(await admin.Http.GetAsync("/Settings/Company"));
        Assert.Contains("name=\"Modifiers[0].Code\" value=\"59\"", page);

        // 59 and KX as they are, GZ removed, a blank row, then a new one in lower case.
        var form = CompanyForm();
        form["Modifiers[0].Code"] = "59";
        form["Modifiers[0].Description"] = "Distinct procedural service";
        form["Modifiers[1].Code"] = "KX";
        form["Modifiers[1].Description"] = "Medically necessary above the therapy threshold";
        form["Modifiers[2].Code"] = "GZ";
        form["Modifiers[2].Description"] = "Expected to be denied";
        form["Modifiers[2].Remove"] = "true";
        form["Modifiers[3].Code"] = "";
        form["Modifiers[3].Description"] = "";
        form["Modifiers[4].Code"] = "zz";
        form["Modifiers[4].Description"] = "Company's own modifier";

        var saved = await admin.PostFormAsync("/Settings/Company", form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var company = await StoredCompanyAsync(app);
        Assert.Equal(["59", "KX", "ZZ"], company.AdditionalModifiers.Select(m => m.Code));
        Assert.Equal(21, company.PlanOfCareAlertDays);
        var after = await Html(await admin.Http.GetAsync("/Settings/Company"));
        Assert.Contains("Company settings saved.", after);
        Assert.Contains("<td>Plan of care alert days</td>", after);

        var duplicate = CompanyForm();
        duplicate["Modifiers[0].Code"] = "59";
        duplicate["Modifiers[0].Description"] = "Distinct procedural service";
        duplicate["Modifiers[1].Code"] = "59";
        duplicate["Modifiers[1].Description"] = "Again";
        duplicate["Input.PlanOfCareAlertDays"] = "30";
        var refused = await admin.PostFormAsync("/Settings/Company", duplicate);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Modifier 59 is listed more than once.", await Html(refused));
        Assert.Equal(["59", "KX", "ZZ"], (await StoredCompanyAsync(app)).AdditionalModifiers.Select(m => m.Code));
        Assert.Equal(21, (await StoredCompanyAsync(app)).PlanOfCareAlertDays);
    }

    [Theory, Providers]
    public async Task The_review_page_shows_a_payer_finding_with_a_link_and_highlights_clinics_that_differ(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var name = TestData.Unique("Medicare Plan ");
        var payer = await CreateAsync(admin, name, "Medicare", "EightMinute",
            new() { ["Input.AppliesTherapyModifiers"] = "true", ["Input.AppliesAssistantModifiers"] = "true" });
        await app.StoreWithoutTherapyModifiersAsync(payer); // as stored before they were required: an error
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Settings/Clinics/{denver}",
            ClinicForm(new() { ["Input.RequireReferral"] = "true" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Settings/Clinics/{phoenix}",
            ClinicForm(new() { ["Input.RequireReferral"] = "false" }))).StatusCode);

        var html = await Html(await admin.Http.GetAsync($"/Settings/Review?reference={phoenix}"));

        var errors = Regex.Match(html, "<section aria-labelledby=\"findings-error\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains($"<strong>Payer {name}</strong>", errors);
        Assert.Contains($"<a href=\"/Settings/Payers/Edit/{payer}\">Fix it", errors);
        Assert.Contains("Compared with the reference clinic Phoenix Central.", html);
        Assert.Matches("<tr class=\"differs\">\\s*<th scope=\"row\">Require referral", html);
        Assert.Matches($"<option value=\"{phoenix}\" selected>", html);

        var therapist = await PageClient.SignInAsync(app, "therapist");
        Assert.Equal(HttpStatusCode.Redirect, (await therapist.Http.GetAsync("/Settings/Review")).StatusCode);
    }

    [Theory, Providers]
    public async Task The_effective_rules_page_shows_the_unit_rule_and_its_reason_to_any_user(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var name = TestData.Unique("Aetna PPO ");
        var primary = await CreateAsync(admin, name, "PPO", "RuleOfEights");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var therapist = await PageClient.SignInAsync(app, "therapist");

        var html = await Html(await therapist.Http.GetAsync($"/Settings/Effective?clinicId={phoenix}&primaryPayerId={primary}&secondaryPayerId="));

        var unitRule = Regex.Match(html, "<dd id=\"effective-unit-rule\" data-testid=\"effective-unit-rule\">(.*?)</dd>", RegexOptions.Singleline);
        Assert.True(unitRule.Success, "the unit rule is shown");
        Assert.Contains("<strong>Rule of 8s</strong>", unitRule.Groups[1].Value);
        Assert.Contains($"Rule of 8s from primary {name}; no secondary payer → Rule of 8s", unitRule.Groups[1].Value);
        Assert.Contains("data-testid=\"effective-may-finalize\"", html);

        var missing = await Html(await therapist.Http.GetAsync($"/Settings/Effective?clinicId={phoenix}&primaryPayerId="));
        Assert.Contains("id=\"primaryPayerId-error\"><span class=\"visually-hidden\">Error: </span>Choose the case's primary payer.", missing);
        Assert.DoesNotContain("effective-unit-rule", missing);
    }

    internal static Dictionary<string, string> ClinicForm(Dictionary<string, string> changes)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.AssistantFinalization"] = "true", ["SupervisionChoice"] = "0", ["Input.DefaultPlaceOfService"] = "11",
            ["Input.PasswordExpiry"] = "Days90", ["Input.OutcomesRecommendQuestion"] = "true", ["Input.ThresholdChartAlert"] = "true",
            ["Input.ThresholdReviewAmountAlert"] = "true", ["Input.ThresholdSchedulerDisplay"] = "true",
        };
        foreach (var (key, value) in changes)
            form[key] = value;
        return form;
    }

    private static Dictionary<string, string> CompanyForm() => new()
    {
        ["Input.PayerRules"] = "DeferToPrimary", ["Input.EvaluationComplexityCoding"] = "true", ["Input.PlanOfCareAlertDays"] = "21",
        ["Input.ReferenceClinicId"] = "",
    };

    private static Task<CompanySettings> StoredCompanyAsync(RehabAppFactory app) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<RehabDbContext>().CompanySettings.IgnoreQueryFilters().AsNoTracking()
            .Join(sp.GetRequiredService<RehabDbContext>().Companies.IgnoreQueryFilters().Where(c => c.Name == "Desert Sun Rehab"),
                s => s.CompanyId, c => c.Id, (s, _) => s)
            .SingleAsync()).ToSettings());

    private static Task<Rehab.Data.Settings.ClinicSettingsRow?> SettingsOfAsync(RehabAppFactory app, Guid clinicId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().ClinicSettings.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(s => s.ClinicId == clinicId));

    private static Task<int> ClinicRevisionsAsync(RehabAppFactory app, Guid clinicId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .CountAsync(a => a.EntityId == clinicId.ToString() && a.EntityType == "ClinicSettings"));
}
