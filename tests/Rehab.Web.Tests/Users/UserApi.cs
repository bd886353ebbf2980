using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Users;

/// <summary>Clinics, licenses and users the user tests build through the API, each test in clinics of its own.</summary>
internal static class UserApi
{
    public static async Task<Guid> NewClinicAsync(HttpClient admin, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/clinics", new
        {
            name, addressLine1 = "1 Main St", city = "Mesa", state = "AZ", postalCode = "85201", timeZone = "America/Phoenix",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Asks for licenses as the company admin and has the account team approve them.</summary>
    public static async Task BuyAsync(RehabAppFactory app, Guid clinicId, int therapists = 0, int assistants = 0, int students = 0)
    {
        var admin = await app.ClientForAsync("admin");
        var id = await RequestAsync(admin, clinicId, "Add", therapists, assistants, students);
        var sysadmin = await app.ClientForAsync("sysadmin");
        var approved = await sysadmin.PostAsJsonAsync($"/api/v1/license-requests/{id}/approve", new { note = "ok" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    public static async Task<Guid> RequestAsync(HttpClient client, Guid clinicId, string direction, int therapists = 0, int assistants = 0,
        int students = 0, string? explanation = "Staffing change")
    {
        var response = await client.PostAsJsonAsync("/api/v1/license-requests", new
        {
            clinicId, direction, therapistCount = therapists, assistantCount = assistants, studentCount = students,
            reason = direction == "Add" ? "NewHire" : "StaffLeft", explanation,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static object User(string userName, string userType, Guid homeClinic, IReadOnlyList<Guid>? clinics = null,
        string[]? permissions = null, string? roleTemplate = null, bool isActive = true, bool attest = false, string? email = null,
        bool allClinics = false, string? password = RehabAppFactory.Password) => new
    {
        userName,
        password,
        firstName = "Pat",
        lastName = userName,
        email = email ?? $"{userName}@example.test",
        credentials = userType,
        userType,
        isActive,
        allClinics,
        clinicIds = allClinics ? null : clinics ?? [homeClinic],
        homeClinicId = homeClinic,
        permissions,
        roleTemplate,
        finalizeAttestation = attest,
    };

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    public static string[] FieldErrors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static string[] Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
