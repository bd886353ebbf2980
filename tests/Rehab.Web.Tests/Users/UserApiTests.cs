using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Users.UserApi;

namespace Rehab.Web.Tests.Users;

public sealed class UserApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Admin_adds_a_therapist_from_a_template_and_changes_the_profile(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var clinic = await NewClinicAsync(admin, TestData.Unique("Add Clinic "));
        await BuyAsync(app, clinic, therapists: 1);
        var userName = TestData.Unique("pt-");

        var created = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(userName, "PT", clinic, roleTemplate: "Therapist")));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"Pat {userName}", created.GetProperty("displayName").GetString());
        Assert.Equal("Therapist", created.GetProperty("licenseClass").GetString());
        Assert.Equal(RoleTemplate.Therapist.DefaultPermissions(UserType.PT).Order(StringComparer.Ordinal), Strings(created, "permissions"));

        var changed = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new
        {
            firstName = "Pat", lastName = "Changed", email = $"{userName}@example.test", credentials = "PT, DPT", npi = "1234567893",
            userType = "PT", isActive = true, clinicIds = new[] { clinic }, homeClinicId = clinic,
            permissions = new[] { Permission.ViewPatients, Permission.StartNotes },
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        Assert.Equal("Pat Changed", read.GetProperty("displayName").GetString());
        Assert.Equal("PT, DPT", read.GetProperty("credentials").GetString());
        Assert.Equal("1234567893", read.GetProperty("npi").GetString());
        Assert.Equal([Permission.StartNotes, Permission.ViewPatients], Strings(read, "permissions"));

        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users?type=PT&status=active&clinic={clinic}&name=changed");
        Assert.Equal([id], listed.EnumerateArray().Select(u => u.GetProperty("id").GetGuid()));
    }

    [Theory, Providers]
    public async Task Required_fields_and_the_home_clinic_are_checked(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var denver = await app.ClinicIdAsync("Denver Highlands");

        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", new { userName = "x", firstName = "A" }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(problem, "userType"));
        Assert.NotEmpty(FieldErrors(problem, "lastName"));
        Assert.NotEmpty(FieldErrors(problem, "homeClinicId"));

        var outside = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/users",
            User(TestData.Unique("fo-"), "Clerical", denver, clinics: [phoenix])), HttpStatusCode.BadRequest);
        Assert.Contains("must be one of the user's clinics", FieldErrors(outside, "homeClinicId")[0]);
    }

    [Theory, Providers]
    public async Task Note_permissions_never_go_to_clerical_users(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");

        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/users",
            User(TestData.Unique("fo-"), "Clerical", phoenix, permissions: [Permission.ViewPatients, Permission.StartNotes])), HttpStatusCode.BadRequest);
        Assert.Contains("StartNotes is a note permission and never goes to Clerical users.", FieldErrors(problem, "permissions"));
    }

    [Theory, Providers]
    public async Task A_user_manager_cannot_grant_a_permission_or_a_clinic_they_do_not_hold(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var manager = TestData.Unique("um-");
        await app.AddUserAsync(manager, [Permission.ViewUsers, Permission.EditUsers, Permission.ViewPatients], [phoenix]);
        var api = await app.ClientForAsync(manager);

        var permission = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/users",
            User(TestData.Unique("fo-"), "Clerical", phoenix, permissions: [Permission.CompanyAdmin])), HttpStatusCode.BadRequest);
        Assert.Contains("You cannot grant CompanyAdmin: you do not hold it yourself.", FieldErrors(permission, "permissions"));

        var clinic = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/users",
            User(TestData.Unique("fo-"), "Clerical", phoenix, clinics: [phoenix, denver])), HttpStatusCode.BadRequest);
        Assert.Contains("You cannot grant a clinic you do not hold yourself.", FieldErrors(clinic, "clinicIds"));
        var all = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/users",
            User(TestData.Unique("fo-"), "Clerical", phoenix, allClinics: true)), HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(all, "allClinics"));

        await CreatedAsync(await api.PostAsJsonAsync("/api/v1/users",
            User(TestData.Unique("fo-"), "Clerical", phoenix, permissions: [Permission.ViewPatients])));
    }

    [Theory, Providers]
    public async Task Finalize_notes_for_an_assistant_needs_the_attestation_which_is_recorded(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var clinic = await NewClinicAsync(admin, TestData.Unique("Attest Clinic "));
        await BuyAsync(app, clinic, assistants: 1);
        var userName = TestData.Unique("pta-");
        string[] permissions = [Permission.ViewPatients, Permission.StartNotes, Permission.FinalizeNotes];

        var refused = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/users", User(userName, "PTA", clinic, permissions: permissions)), HttpStatusCode.BadRequest);
        Assert.Contains(PermissionRules.FinalizeAttestationText, FieldErrors(refused, "finalizeAttestation")[0]);

        var created = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(userName, "PTA", clinic, permissions: permissions, attest: true)));
        var id = created.GetProperty("id").GetGuid();
        Assert.Contains(Permission.FinalizeNotes, Strings(created, "permissions"));
        var attestation = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().FinalizeAttestations.IgnoreQueryFilters()
            .SingleAsync(a => a.UserId == id));
        Assert.Equal("admin", attestation.GrantedByUserName);
        Assert.Equal(PermissionRules.FinalizeAttestationText, attestation.Text);
    }

    [Theory, Providers]
    public async Task E_mail_is_unique_across_the_system(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var email = TestData.Unique("same-") + "@example.test";

        await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(TestData.Unique("fo-"), "Clerical", phoenix, email: email)));
        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/users",
            User(TestData.Unique("fo-"), "Clerical", phoenix, email: email.ToUpperInvariant())), HttpStatusCode.Conflict);
        Assert.NotEmpty(FieldErrors(problem, "email"));
    }

    [Theory, Providers]
    public async Task Inactivating_a_user_ends_their_refresh_token(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var userName = TestData.Unique("fo-");
        var created = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(userName, "Clerical", phoenix)));
        var client = app.AnonymousClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { username = userName, password = RehabAppFactory.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var refreshToken = token.GetProperty("refreshToken").GetString();

        var body = User(userName, "Clerical", phoenix, isActive: false, password: null);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/users/{created.GetProperty("id").GetGuid()}", body)).StatusCode);

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        var stamps = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Users.IgnoreQueryFilters()
            .Where(u => u.UserName == userName).Select(u => u.IsActive).SingleAsync());
        Assert.False(stamps);
    }

    [Theory, Providers]
    public async Task Another_company_user_answers_404(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("Yonder Rehab "), TestData.Unique("yonder-"), "Yonder Clinic");
        var admin = await app.ClientForAsync("admin");
        var id = other.Admin.Id;

        await ProblemAsync(await admin.GetAsync($"/api/v1/users/{id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await admin.PutAsJsonAsync($"/api/v1/users/{id}", User("x", "Clerical", other.Clinics[0].Id)), HttpStatusCode.NotFound);
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?status=all");
        Assert.DoesNotContain(all.EnumerateArray(), u => u.GetProperty("id").GetGuid() == id);
    }

    [Theory, Providers]
    public async Task At_least_two_active_user_managers_remain(string provider)
    {
        var app = apps[provider];
        var company = TestData.Unique("Two Managers ");
        var provisioned = await app.AddCompanyAsync(company, TestData.Unique("tm-admin-"), "Only Clinic");
        var clinic = provisioned.Clinics[0].Id;
        string[] manage = [Permission.ViewUsers, Permission.EditUsers, Permission.CompanyAdmin];
        var first = TestData.Unique("um1-");
        var second = TestData.Unique("um2-");
        await app.AddUserAsync(first, manage, companyName: company);
        var secondId = await app.AddUserAsync(second, manage, companyName: company);
        var api = await app.ClientForAsync(first);
        object Second(bool active, string[] permissions) => new
        {
            firstName = "Sec", lastName = "Ond", email = second + "@example.test", userType = "Clerical", isActive = active,
            allClinics = true, homeClinicId = clinic, permissions,
        };

        var inactivate = await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/users/{secondId}", Second(false, manage)), HttpStatusCode.Conflict);
        Assert.Contains("At least 2 active users with EditUsers must remain", inactivate.GetProperty("detail").GetString());
        await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/users/{secondId}", Second(true, [Permission.ViewUsers])), HttpStatusCode.Conflict);

        await app.AddUserAsync(TestData.Unique("um3-"), manage, companyName: company);
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/users/{secondId}", Second(false, manage))).StatusCode);
    }

    [Theory, Providers]
    public async Task Only_a_company_admin_changes_the_user_type_and_impossible_permissions_are_dropped_once_confirmed(
        string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var clinic = await NewClinicAsync(admin, TestData.Unique("Type Clinic "));
        await BuyAsync(app, clinic, therapists: 1);
        var userName = TestData.Unique("pt-");
        var created = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(userName, "PT", clinic, roleTemplate: "Therapist")));
        var id = created.GetProperty("id").GetGuid();
        var manager = TestData.Unique("um-");
        await app.AddUserAsync(manager, [Permission.ViewUsers, Permission.EditUsers]);
        var body = new
        {
            firstName = "Pat", lastName = userName, email = $"{userName}@example.test", userType = "Clerical", isActive = true,
            clinicIds = new[] { clinic }, homeClinicId = clinic,
        };

        await ProblemAsync(await (await app.ClientForAsync(manager)).PutAsJsonAsync($"/api/v1/users/{id}", body), HttpStatusCode.Forbidden);

        var unconfirmed = await ProblemAsync(await admin.PutAsJsonAsync($"/api/v1/users/{id}", body),
            HttpStatusCode.Conflict);
        Assert.Equal([Permission.FinalizeNotes, Permission.ForwardNotes, Permission.StartNotes],
            Strings(unconfirmed, "droppedPermissions"));

        var changed = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new
        {
            body.firstName, body.lastName, body.email, body.userType, body.isActive, body.clinicIds, body.homeClinicId,
            confirmDroppedPermissions = true,
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var read = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Clerical", read.GetProperty("licenseClass").GetString());
        Assert.DoesNotContain(Strings(read, "permissions"), p => Permission.NotePermissions.Contains(p));
        Assert.Contains(Permission.ViewPatients, Strings(read, "permissions"));
    }

    [Theory, Providers]
    public async Task A_clinic_limited_manager_keeps_clinics_they_do_not_hold_on_the_user(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var userName = TestData.Unique("fo-");
        var id = (await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users", User(userName, "Clerical", phoenix, clinics: [phoenix, denver]))))
            .GetProperty("id").GetGuid();
        var manager = TestData.Unique("um-");
        await app.AddUserAsync(manager, [Permission.ViewUsers, Permission.EditUsers], [phoenix]);

        var changed = await (await app.ClientForAsync(manager)).PutAsJsonAsync($"/api/v1/users/{id}",
            User(userName, "Clerical", phoenix, clinics: [phoenix], password: null));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var read = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(denver, read.GetProperty("clinicIds").EnumerateArray().Select(c => c.GetGuid()));
    }
}
