using System.Net;
using System.Net.Http.Json;
using Rehab.Core.Audit;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Auth;

/// <summary>Changing one's own password, an admin's reset, the common-password list and the clinic's expiry.</summary>
public sealed class PasswordChangeTests(Apps apps) : IClassFixture<Apps>
{
    private const string NewPassword = "a long walk to the river 77";

    [Theory, Providers]
    public async Task Password_sent_in_user_update_is_refused_naming_the_field(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        var admin = await app.ClientForAsync("admin");

        var response = await Accounts.UpdateAsync(admin, id, body => { body["password"] = NewPassword; return body; });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Accounts.ProblemAsync(response);
        var message = problem.GetProperty("errors").GetProperty("password")[0].GetString();
        Assert.Contains($"/api/v1/users/{id}/password", message);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.TokenResponseAsync(userName, NewPassword)).StatusCode);
    }

    [Theory, Providers]
    public async Task Common_password_password1234_is_refused(string provider)
    {
        var app = apps[provider];
        var (_, userName, _) = await Accounts.NewClericalAsync(app);
        var client = await app.ClientForAsync(userName);

        var response = await client.PostAsJsonAsync("/api/v1/account/password",
            new { currentPassword = RehabAppFactory.Password, newPassword = "password1234" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Accounts.ProblemAsync(response)).GetProperty("errors");
        Assert.Contains("common", errors.GetProperty("newPassword")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, Providers]
    public async Task Wrong_current_password_does_not_change_the_password(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        var client = await app.ClientForAsync(userName);

        var response = await client.PostAsJsonAsync("/api/v1/account/password",
            new { currentPassword = "not my password at all", newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Accounts.ProblemAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("currentPassword", out _));
        Assert.Equal(HttpStatusCode.OK, (await app.TokenResponseAsync(userName)).StatusCode);
        Assert.Equal(1, await app.CountAuditAsync(AuditAction.PasswordChanged, id));
    }

    [Theory, Providers]
    public async Task Changed_password_ends_every_sign_in_and_the_old_password(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        var other = await app.ClientForAsync(userName);
        var client = await app.ClientForAsync(userName);

        var response = await client.PostAsJsonAsync("/api/v1/account/password",
            new { currentPassword = RehabAppFactory.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.TokenResponseAsync(userName)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.TokenResponseAsync(userName, NewPassword)).StatusCode);
        Assert.Equal(1, await app.CountAuditAsync(AuditAction.PasswordChanged, id));
    }

    [Theory, Providers]
    public async Task Admin_reset_forces_change_and_ends_sessions(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        var token = await app.ClientForAsync(userName);
        var browser = await PageClient.SignInAsync(app, userName);
        var admin = await app.ClientForAsync("admin");

        var reset = await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
        var refused = await app.TokenResponseAsync(userName, NewPassword);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await Accounts.ProblemAsync(refused);
        Assert.Equal("Password must be changed", problem.GetProperty("title").GetString());
        Assert.Equal(1, await app.CountAuditAsync(AuditAction.PasswordReset, id));

        var page = await PageClient.SignInAsync(app, userName, NewPassword);
        await MustChangeFirstAsync(page);
        var changed = await page.PostFormAsync("/Account/Password", new()
        {
            ["CurrentPassword"] = NewPassword,
            ["NewPassword"] = NewPassword + "!",
            ["ConfirmPassword"] = NewPassword + "!",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await page.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.TokenResponseAsync(userName, NewPassword + "!")).StatusCode);
    }

    [Theory, Providers]
    public async Task Reset_on_the_user_page_forces_the_change_at_next_sign_in(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        var admin = await PageClient.SignInAsync(app, "admin");

        var refused = await admin.PostFormAsync($"/Users/ResetPassword/{id}", new() { ["NewPassword"] = "password1234" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("common and breached passwords", await refused.Content.ReadAsStringAsync());
        var reset = await admin.PostFormAsync($"/Users/ResetPassword/{id}", new() { ["NewPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.TokenResponseAsync(userName, NewPassword)).StatusCode);
        await MustChangeFirstAsync(await PageClient.SignInAsync(app, userName, NewPassword));
    }

    [Theory, Providers]
    public async Task Expired_password_must_be_changed_at_sign_in(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        // Phoenix Central keeps the default expiry of 90 days.
        await app.SetPasswordChangedAtAsync(id, DateTimeOffset.UtcNow.AddDays(-91));

        var refused = await app.TokenResponseAsync(userName);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("expired", (await Accounts.ProblemAsync(refused)).GetProperty("detail").GetString());

        var page = await PageClient.SignInAsync(app, userName);
        await MustChangeFirstAsync(page);
    }

    [Theory, Providers]
    public async Task Password_younger_than_the_expiry_signs_in_as_usual(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        await app.SetPasswordChangedAtAsync(id, DateTimeOffset.UtcNow.AddDays(-89));

        Assert.Equal(HttpStatusCode.OK, (await app.TokenResponseAsync(userName)).StatusCode);
        var page = await PageClient.SignInAsync(app, userName);
        Assert.Equal(HttpStatusCode.OK, (await page.Http.GetAsync("/")).StatusCode);
    }

    [Theory, Providers]
    public async Task Clinic_password_expiry_of_60_days_is_enforced(string provider)
    {
        var app = apps[provider];
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var userName = TestData.Unique("acct-");
        var id = await app.AddStaffAsync(userName, UserType.Clerical, [], [denver], denver);
        await app.SetPasswordChangedAtAsync(id, DateTimeOffset.UtcNow.AddDays(-61));

        Assert.Equal(HttpStatusCode.Forbidden, (await app.TokenResponseAsync(userName)).StatusCode);
    }

    [Theory, Providers]
    public async Task Reset_of_another_companys_user_is_not_found(string provider)
    {
        var app = apps[provider];
        var (id, userName, _) = await Accounts.NewClericalAsync(app);
        var company = TestData.Unique("North ");
        await app.AddCompanyAsync(company, TestData.Unique("north-"), "Barrow");
        var otherManager = TestData.Unique("north-");
        await app.AddStaffAsync(otherManager, UserType.Clerical, [Permission.EditUsers], companyName: company);
        var stranger = await app.ClientForAsync(otherManager);

        var reset = await stranger.PostAsJsonAsync($"/api/v1/users/{id}/password", new { newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.TokenResponseAsync(userName)).StatusCode);
    }

    /// <summary>Pages lead to the password page, the API refuses, the password page itself opens.</summary>
    private static async Task MustChangeFirstAsync(PageClient page)
    {
        var home = await page.Http.GetAsync("/Patients");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/Password", home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await page.Http.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await page.Http.GetAsync("/Account/Password")).StatusCode);
    }
}
