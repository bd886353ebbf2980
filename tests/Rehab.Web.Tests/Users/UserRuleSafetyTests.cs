using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Core.Users;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Users.UserApi;

namespace Rehab.Web.Tests.Users;

/// <summary>Templates apply, empty permission sets show, and no save drops a permission unseen.</summary>
public sealed class UserRuleSafetyTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Choosing_a_template_applies_its_permissions(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var pages = await PageClient.SignInAsync(app, "admin");
        var userName = TestData.Unique("desk-");

        var saved = await pages.PostFormAsync("/Users/Edit", new()
        {
            ["Input.UserName"] = userName, ["Input.Password"] = RehabAppFactory.Password, ["Input.FirstName"] = "Front",
            ["Input.LastName"] = "Desk", ["Input.Email"] = userName + "@example.test", ["Input.UserType"] = "Clerical",
            ["Input.IsActive"] = "true", ["Input.ClinicIds"] = phoenix.ToString(),
            ["Input.HomeClinicId"] = phoenix.ToString(),
            ["Input.RoleTemplate"] = nameof(RoleTemplate.FrontOffice),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var api = await app.ClientForAsync("admin");
        var user = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/users/{await app.UserIdAsync(userName)}"));
        Assert.Equal(RoleTemplate.FrontOffice.DefaultPermissions(UserType.Clerical).Order(StringComparer.Ordinal),
            Strings(user, "permissions"));
    }

    [Theory, Providers]
    public async Task A_user_without_permissions_is_shown_as_such(string provider)
    {
        var app = apps[provider];
        var userName = TestData.Unique("bare-");
        var id = await app.AddStaffAsync(userName, UserType.Clerical, []);
        var pages = await PageClient.SignInAsync(app, "admin");

        var list = await pages.Http.GetStringAsync($"/Users?name={userName}");
        Assert.Contains("· No permissions", list, StringComparison.Ordinal);
        var edit = await pages.Http.GetStringAsync($"/Users/Edit/{id}");
        Assert.Contains("No permissions: this user can sign in but do nothing.", edit, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Demo_admin_follows_the_user_type_rules(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var admin = await api.GetFromJsonAsync<JsonElement>($"/api/v1/users/{await app.UserIdAsync("admin")}");
        var type = Enum.Parse<UserType>(admin.GetProperty("userType").GetString()!);

        Assert.All(Strings(admin, "permissions"), p => Assert.Null(PermissionRules.WhyImpossible(type, p)));
        Assert.Contains(Permission.CompanyAdmin, Strings(admin, "permissions"));
        Assert.False(string.IsNullOrEmpty(admin.GetProperty("email").GetString()));

        // Saved back as read: nothing to drop, nothing refused.
        var saved = await api.PutAsJsonAsync($"/api/v1/users/{admin.GetProperty("id").GetGuid()}", new
        {
            firstName = admin.GetProperty("firstName").GetString(),
            lastName = admin.GetProperty("lastName").GetString(),
            email = admin.GetProperty("email").GetString(), userType = type.ToString(), isActive = true,
            allClinics = true,
            homeClinicId = admin.GetProperty("homeClinicId").GetGuid(), permissions = Strings(admin, "permissions"),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Theory, Providers]
    public async Task Save_that_drops_permissions_names_them(string provider)
    {
        var app = apps[provider];
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var userName = TestData.Unique("legacy-");
        // As older versions let it be: a front office user holding note permissions.
        var id = await app.AddStaffAsync(userName, UserType.Clerical,
            [Permission.ViewPatients, Permission.StartNotes, Permission.ForwardNotes], [phoenix], phoenix);
        var api = await app.ClientForAsync("admin");
        object Body(bool confirm) => new
        {
            firstName = "Lee", lastName = "Gacy", email = userName + "@example.test", userType = "Clerical",
            isActive = true,
            clinicIds = new[] { phoenix }, homeClinicId = phoenix, confirmDroppedPermissions = confirm,
        };

        var refused = await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/users/{id}", Body(false)),
            HttpStatusCode.Conflict);
        Assert.Equal([Permission.ForwardNotes, Permission.StartNotes], Strings(refused, "droppedPermissions"));
        Assert.Contains("StartNotes is a note permission and never goes to Clerical users.",
            FieldErrors(refused, "permissions"));
        var unchanged = await api.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        Assert.Contains(Permission.StartNotes, Strings(unchanged, "permissions"));

        var pages = await PageClient.SignInAsync(app, "admin");
        var edit = await pages.Http.GetStringAsync($"/Users/Edit/{id}");
        Assert.Contains("Saving drops permissions this user holds but a front office user cannot", edit,
            StringComparison.Ordinal);
        Assert.Contains("Yes, drop ForwardNotes, StartNotes", edit, StringComparison.Ordinal);

        var confirmed = await api.PutAsJsonAsync($"/api/v1/users/{id}", Body(true));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var saved = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([Permission.ViewPatients], Strings(saved, "permissions"));
    }
}
