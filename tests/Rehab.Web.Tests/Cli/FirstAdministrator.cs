using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Core.Users;
using static Rehab.Web.Tests.Users.UserApi;

namespace Rehab.Web.Tests.Cli;

/// <summary>What a company's first administrator must be able to do through the API on day one.</summary>
internal static class FirstAdministrator
{
    /// <summary>Lists users (finding themself), reads the audit log and adds a user; returns that user's id.</summary>
    public static async Task<Guid> ManagesUsersAsync(HttpClient admin, string adminUserName, Guid clinic)
    {
        var users = await admin.GetAsync("/api/v1/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains((await users.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(),
            u => u.GetProperty("userName").GetString() == adminUserName);

        var audit = await admin.GetAsync("/api/v1/audit");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.NotEmpty((await audit.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());

        var created = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/users",
            User(Infrastructure.TestData.Unique("fo-"), "Clerical", clinic, permissions: [Permission.ViewPatients])));
        return created.GetProperty("id").GetGuid();
    }
}
