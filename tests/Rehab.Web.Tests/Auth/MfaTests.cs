using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Auth;

public sealed class MfaTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<RehabUser> UserAsync(RehabAppFactory app, string userName) => app.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<UserManager<RehabUser>>().FindByNameAsync(userName))!);

    private static async Task<HttpStatusCode> TokenStatusAsync(RehabAppFactory app, string userName,
        string? code = null, string? recoveryCode = null) =>
        (await TestAuthenticator.RequestTokenAsync(app.AnonymousClient(), userName, code, recoveryCode)).StatusCode;

    private static Task<List<AuditEntry>> AuditAsync(RehabAppFactory app, string userName) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.UserName == userName).OrderBy(a => a.Id).ToListAsync());

    private static Task<HttpResponseMessage> PasswordStepAsync(PageClient pages, string userName) =>
        pages.PostFormAsync("/Login", new() { ["Username"] = userName, ["Password"] = RehabAppFactory.Password });

    private static Task<HttpResponseMessage> MfaPageAsync(PageClient pages, string handler, string code) =>
        pages.PostFormAsync($"/Account/Mfa?handler={handler}", new() { ["Code"] = code }, formPage: "/Account/Mfa");

    /// <summary>A company of its own, so that its MFA requirement touches no other test.</summary>
    private static async Task<(string Company, string Admin)> CompanyRequiringAsync(RehabAppFactory app,
        MfaRequirement requirement)
    {
        var company = TestData.Unique("Mfa Rehab ");
        var admin = TestData.Unique("mfa-admin-");
        await app.AddCompanyAsync(company, admin, "Main clinic");
        var api = await app.ClientForAsync(admin);
        var saved = await api.PutAsJsonAsync("/api/v1/company/settings", new { mfaRequirement = $"{requirement}" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var settings = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(requirement.ToString(), settings.GetProperty("mfaRequirement").GetString());
        return (company, admin);
    }

    [Theory, Providers]
    public async Task Token_without_second_factor_is_refused_when_enrolled(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-token-");
        await app.AddUserAsync(user, []);
        var phone = await TestAuthenticator.EnrolAsync(app, user);

        var missing = await TestAuthenticator.RequestTokenAsync(app.AnonymousClient(), user);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Second factor required", (await ProblemAsync(missing)).GetProperty("title").GetString());

        var stale = await TestAuthenticator.RequestTokenAsync(app.AnonymousClient(), user, code: phone.StaleCode());
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal("Sign-in failed", (await ProblemAsync(stale)).GetProperty("title").GetString());

        var client = app.AnonymousClient();
        var issued = await TestAuthenticator.RequestTokenAsync(client, user, code: phone.NextCode());
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = await issued.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(user, me.GetProperty("userName").GetString());

        var audit = await AuditAsync(app, user);
        Assert.Contains(audit, a => a.Action == AuditAction.LoginFailed && a.Details == "second factor missing");
        Assert.Contains(audit, a => a.Action == AuditAction.TokenIssued && a.Details == "with an authenticator code");
        Assert.Contains(audit, a => a.Action == AuditAction.Create && a.EntityType == "Authenticator");
    }

    [Theory, Providers]
    public async Task Authenticator_code_is_single_use(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-once-");
        await app.AddUserAsync(user, []);
        var phone = await TestAuthenticator.EnrolAsync(app, user);

        var code = phone.NextCode();
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(app, user, code: code));
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenStatusAsync(app, user, code: code));
    }

    [Theory, Providers]
    public async Task Recovery_code_is_single_use(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-recover-");
        await app.AddUserAsync(user, []);
        var phone = await TestAuthenticator.EnrolAsync(app, user);
        var code = phone.RecoveryCodes[3];

        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(app, user, recoveryCode: code));
        Assert.Equal(HttpStatusCode.Unauthorized,
            await TokenStatusAsync(app, user, recoveryCode: code));
        var left = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RehabUser>>();
            return await users.CountRecoveryCodesAsync((await users.FindByNameAsync(user))!);
        });
        Assert.Equal(9, left);
    }

    [Theory, Providers]
    public async Task Recovery_codes_are_not_stored_in_plain_text(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-stored-");
        var id = await app.AddUserAsync(user, []);
        var phone = await TestAuthenticator.EnrolAsync(app, user);

        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().UserTokens
            .Where(t => t.UserId == id).Select(t => t.Value).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(phone.RecoveryCodes, code =>
            Assert.DoesNotContain(stored, v => v != null && v.Contains(code, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory, Providers]
    public async Task Wrong_second_factors_count_toward_lockout(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-lock-");
        await app.AddUserAsync(user, []);
        var phone = await TestAuthenticator.EnrolAsync(app, user);

        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized,
                await TokenStatusAsync(app, user, code: phone.StaleCode()));
        Assert.Equal(HttpStatusCode.Unauthorized,
            await TokenStatusAsync(app, user, recoveryCode: "AAAAA-AAAAA"));

        Assert.NotNull((await UserAsync(app, user)).LockoutEnd);
        Assert.Equal(HttpStatusCode.Unauthorized,
            await TokenStatusAsync(app, user, code: phone.NextCode()));
        var last = (await AuditAsync(app, user)).Where(a => a.Action == AuditAction.LoginFailed)
            .Select(a => a.Details).ToList();
        Assert.Equal("wrong authenticator code", last[0]);
        Assert.Equal("account locked out", last[^1]);
    }

    [Theory, Providers]
    public async Task Page_sign_in_asks_for_the_code_after_the_password(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-page-");
        await app.AddUserAsync(user, []);
        var phone = await TestAuthenticator.EnrolAsync(app, user);

        var pages = new PageClient(app.AnonymousClient());
        var password = await PasswordStepAsync(pages, user);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/SecondFactor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var home = await pages.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Login", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var wrong = await pages.PostFormAsync("/Account/SecondFactor", new() { ["Code"] = phone.StaleCode() });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code is wrong", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await pages.PostFormAsync("/Account/SecondFactor", new() { ["Code"] = phone.NextCode() });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/")).StatusCode);
    }

    [Theory, Providers]
    public async Task Password_alone_cannot_enrol_a_new_authenticator_over_an_enrolled_one(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-swap-");
        await app.AddUserAsync(user, []);
        var phone = await TestAuthenticator.EnrolAsync(app, user);

        var pages = new PageClient(app.AnonymousClient());
        await PasswordStepAsync(pages, user);
        var enrol = await pages.Http.GetAsync("/Account/Mfa");
        Assert.Equal(HttpStatusCode.Redirect, enrol.StatusCode);
        Assert.StartsWith("/Login", enrol.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(app, user, code: phone.NextCode()));
    }

    [Theory, Providers]
    public async Task Company_requiring_mfa_sends_unenrolled_user_to_enrolment(string provider)
    {
        var app = apps[provider];
        var (company, _) = await CompanyRequiringAsync(app, MfaRequirement.Everyone);
        var user = TestData.Unique("mfa-must-");
        await app.AddUserAsync(user, [], companyName: company);

        var refused = await TestAuthenticator.RequestTokenAsync(app.AnonymousClient(), user);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Multi-factor enrolment required", (await ProblemAsync(refused)).GetProperty("title").GetString());

        var pages = new PageClient(app.AnonymousClient());
        var password = await PasswordStepAsync(pages, user);
        Assert.StartsWith("/Account/Mfa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.Http.GetAsync("/")).StatusCode);

        var phone = await TestAuthenticator.EnrolAsync(pages);
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(app, user, code: phone.NextCode()));
    }

    [Theory, Providers]
    public async Task Administrators_requirement_spares_users_without_administering_permissions(string provider)
    {
        var app = apps[provider];
        var (company, _) = await CompanyRequiringAsync(app, MfaRequirement.Administrators);
        var therapist = TestData.Unique("mfa-pt-");
        var userAdmin = TestData.Unique("mfa-ua-");
        await app.AddUserAsync(therapist, [Permission.ViewPatients], companyName: company);
        await app.AddStaffAsync(userAdmin, UserType.Clerical, [Permission.ViewUsers, Permission.EditUsers],
            companyName: company);

        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(app, therapist));
        Assert.Equal(HttpStatusCode.Forbidden, await TokenStatusAsync(app, userAdmin));
    }

    [Theory, Providers]
    public async Task Turning_off_mfa_is_refused_when_the_company_requires_it(string provider)
    {
        var app = apps[provider];
        var (company, _) = await CompanyRequiringAsync(app, MfaRequirement.Everyone);
        var user = TestData.Unique("mfa-keep-");
        await app.AddUserAsync(user, [], companyName: company);
        var pages = new PageClient(app.AnonymousClient());
        await PasswordStepAsync(pages, user);
        var phone = await TestAuthenticator.EnrolAsync(pages);

        var off = await MfaPageAsync(pages, "TurnOff", phone.NextCode());
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Contains("requires multi-factor authentication for your account, so it stays on",
            await off.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await UserAsync(app, user)).TwoFactorEnabled);
    }

    [Theory, Providers]
    public async Task Turning_off_mfa_needs_a_current_code_and_voids_the_recovery_codes(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-off-");
        await app.AddUserAsync(user, []);
        var pages = await PageClient.SignInAsync(app, user);
        var phone = await TestAuthenticator.EnrolAsync(pages);

        var noCode = await MfaPageAsync(pages, "TurnOff", "");
        Assert.Equal(HttpStatusCode.OK, noCode.StatusCode);
        Assert.True((await UserAsync(app, user)).TwoFactorEnabled);

        var off = await MfaPageAsync(pages, "TurnOff", phone.NextCode());
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await UserAsync(app, user)).TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(app, user));
        Assert.Equal(0, await app.WithScopeAsync(async sp =>
            await sp.GetRequiredService<UserManager<RehabUser>>().CountRecoveryCodesAsync(await UserAsync(app, user))));
    }

    [Theory, Providers]
    public async Task Regenerated_recovery_codes_void_the_old_ones(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-regen-");
        await app.AddUserAsync(user, []);
        var pages = await PageClient.SignInAsync(app, user);
        var phone = await TestAuthenticator.EnrolAsync(pages);

        var regenerated = await MfaPageAsync(pages, "Regenerate", phone.NextCode());
        Assert.Equal(HttpStatusCode.OK, regenerated.StatusCode);
        var html = await regenerated.Content.ReadAsStringAsync();
        Assert.Contains("Your recovery codes", html, StringComparison.Ordinal);
        Assert.DoesNotContain(phone.RecoveryCodes[0], html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized,
            await TokenStatusAsync(app, user, recoveryCode: phone.RecoveryCodes[0]));
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/")).StatusCode);
    }

    [Theory, Providers]
    public async Task Admin_reset_of_mfa_is_audited(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-lost-");
        var id = await app.AddUserAsync(user, []);
        var phone = await TestAuthenticator.EnrolAsync(app, user);

        var admin = await app.ClientForAsync("admin");
        var status = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}/mfa");
        Assert.True(status.GetProperty("enrolled").GetBoolean());
        var reset = await admin.PostAsync($"/api/v1/users/{id}/mfa/reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.False((await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enrolled").GetBoolean());

        var entry = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries
            .IgnoreQueryFilters()
            .SingleAsync(a => a.EntityId == id.ToString() && a.EntityType == "Authenticator"
                              && a.Action == AuditAction.Delete));
        Assert.Equal("admin", entry.UserName);
        Assert.Contains("reset by an administrator", entry.Details, StringComparison.Ordinal);
        var (key, codesLeft) = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<RehabUser>>();
            var u = (await users.FindByNameAsync(user))!;
            return (await users.GetAuthenticatorKeyAsync(u), await users.CountRecoveryCodesAsync(u));
        });
        Assert.NotEqual(phone.Key, key);
        Assert.Equal(0, codesLeft);
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(app, user));
    }

    [Theory, Providers]
    public async Task Mfa_reset_is_refused_without_edit_users_across_companies_and_for_oneself(string provider)
    {
        var app = apps[provider];
        var target = await app.AddUserAsync(TestData.Unique("mfa-target-"), []);
        var viewer = TestData.Unique("mfa-viewer-");
        await app.AddUserAsync(viewer, [Permission.ViewUsers]);
        var (otherCompany, _) = await CompanyRequiringAsync(app, MfaRequirement.Optional);
        var otherAdmin = TestData.Unique("mfa-other-");
        await app.AddStaffAsync(otherAdmin, UserType.Clerical, [Permission.ViewUsers, Permission.EditUsers],
            companyName: otherCompany);

        var viewing = await app.ClientForAsync(viewer);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await viewing.PostAsync($"/api/v1/users/{target}/mfa/reset", null)).StatusCode);
        var stranger = await app.ClientForAsync(otherAdmin);
        Assert.Equal(HttpStatusCode.NotFound,
            (await stranger.PostAsync($"/api/v1/users/{target}/mfa/reset", null)).StatusCode);
        var admin = await app.ClientForAsync("admin");
        var self = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userId").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict,
            (await admin.PostAsync($"/api/v1/users/{self}/mfa/reset", null)).StatusCode);
    }

    [Theory, Providers]
    public async Task Admin_reset_page_turns_off_the_users_authenticator(string provider)
    {
        var app = apps[provider];
        var user = TestData.Unique("mfa-page-reset-");
        var id = await app.AddUserAsync(user, []);
        await TestAuthenticator.EnrolAsync(app, user);

        var admin = await PageClient.SignInAsync(app, "admin");
        var page = await admin.Http.GetStringAsync($"/Users/Mfa/{id}");
        Assert.Contains("Enrolled", page, StringComparison.Ordinal);
        var reset = await admin.PostFormAsync($"/Users/Mfa/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False((await UserAsync(app, user)).TwoFactorEnabled);
    }

    [Theory, Providers]
    public async Task Unknown_mfa_requirement_is_a_validation_problem_naming_the_field(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var bad = await api.PutAsJsonAsync("/api/v1/company/settings", new { mfaRequirement = "Sometimes" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await ProblemAsync(bad)).GetProperty("errors").TryGetProperty("mfaRequirement", out _));
    }
}
