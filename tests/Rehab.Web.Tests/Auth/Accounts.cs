using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Auth;

/// <summary>A token pair as the token endpoint answers it.</summary>
public sealed record Tokens(string AccessToken, string RefreshToken);

/// <summary>Users of their own for the account tests, and the sign-ins they hold.</summary>
internal static class Accounts
{
    public static async Task<(Guid Id, string UserName, Guid Clinic)> NewClericalAsync(RehabAppFactory app)
    {
        var clinic = await app.ClinicIdAsync("Phoenix Central");
        var userName = TestData.Unique("acct-");
        var id = await app.AddStaffAsync(userName, UserType.Clerical, [], [clinic], clinic);
        return (id, userName, clinic);
    }

    public static async Task<HttpResponseMessage> TokenResponseAsync(this WebApplicationFactory<Program> app,
        string userName, string password = RehabAppFactory.Password) =>
        await Anonymous(app).PostAsJsonAsync("/api/v1/auth/token", new { username = userName, password });

    public static async Task<Tokens> TokensAsync(this WebApplicationFactory<Program> app, string userName,
        string password = RehabAppFactory.Password)
    {
        var response = await app.TokenResponseAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Tokens>())!;
    }

    public static Task<HttpResponseMessage> RefreshAsync(
        this WebApplicationFactory<Program> app, string refreshToken) =>
        Anonymous(app).PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    public static HttpClient Bearer(this WebApplicationFactory<Program> app, string accessToken)
    {
        var client = Anonymous(app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    public static HttpClient Anonymous(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The user update an admin sends, built from the user as the API shows them.</summary>
    public static async Task<HttpResponseMessage> UpdateAsync(HttpClient admin, Guid id,
        Func<Dictionary<string, object?>, Dictionary<string, object?>> change)
    {
        var user = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        var body = new Dictionary<string, object?>
        {
            ["firstName"] = "Pat", ["lastName"] = "Tester", ["email"] = $"{id:N}@clinic.example",
            ["userType"] = user.GetProperty("userType").GetString(),
            ["isActive"] = user.GetProperty("isActive").GetBoolean(),
            ["clinicIds"] = user.GetProperty("clinicIds").EnumerateArray().Select(c => c.GetGuid()).ToList(),
            ["homeClinicId"] = user.GetProperty("homeClinicId").GetGuid(),
            ["permissions"] = user.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList(),
        };
        return await admin.PutAsJsonAsync($"/api/v1/users/{id}", change(body));
    }

    public static Task<int> CountAuditAsync(this RehabAppFactory app, string action, Guid userId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters()
            .CountAsync(a => a.Action == action && a.EntityId == userId.ToString()));

    public static Task<int> SetPasswordChangedAtAsync(this RehabAppFactory app, Guid userId, DateTimeOffset when) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Users.IgnoreQueryFilters()
            .Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.PasswordChangedAt, when)));

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
