using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rehab.Web.Tests.Documentation;

/// <summary>The note endpoints as the documentation tests call them.</summary>
internal static class NoteApi
{
    public static object Charge(string code, int? minutes, int? assistantMinutes = null) => new { code, minutes, assistantMinutes };

    public static async Task<JsonElement> StartAsync(HttpClient api, Guid caseId, string type = "DailyNote", string? label = null) =>
        await ExpectAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { type, label }), HttpStatusCode.Created);

    public static Task<JsonElement> GetAsync(HttpClient api, Guid noteId) => api.GetFromJsonAsync<JsonElement>($"/api/v1/notes/{noteId}");

    public static Task<JsonElement> BillingAsync(HttpClient api, Guid noteId) => api.GetFromJsonAsync<JsonElement>($"/api/v1/notes/{noteId}/billing");

    /// <summary>Saves the note's content from the version given (the note's own when left out).</summary>
    public static Task<HttpResponseMessage> PutAsync(HttpClient api, JsonElement note, object[] charges, int? totalTreatmentMinutes = null,
        string? subjective = "Reports less pain on stairs.", object? evaluation = null,
        string? version = null, object? tieChoice = null) =>
        api.PutAsJsonAsync($"/api/v1/notes/{Id(note)}", new
        {
            version = version ?? note.GetProperty("version").GetString(),
            soap = new { subjective, objective = "Knee flexion 110 degrees.", assessment = "Progressing.", plan = "Continue plan of care." },
            evaluation, charges, totalTreatmentMinutes, tieChoice,
        });

    public static async Task<JsonElement> SaveAsync(HttpClient api, JsonElement note, object[] charges, int? totalTreatmentMinutes = null,
        object? evaluation = null) =>
        await ExpectAsync(await PutAsync(api, note, charges, totalTreatmentMinutes, evaluation: evaluation), HttpStatusCode.OK);

    /// <summary>Attaches a survey of the instrument to the note; the survey as answered.</summary>
    public static async Task<JsonElement> AttachSurveyAsync(HttpClient api, Guid noteId, string instrument) =>
        await ExpectAsync(await api.PostAsJsonAsync($"/api/v1/notes/{noteId}/surveys", new { instrument }), HttpStatusCode.Created);

    public static Task<HttpResponseMessage> FinalizeAsync(HttpClient api, Guid noteId, Guid? supervisingTherapistId = null) =>
        api.PostAsJsonAsync($"/api/v1/notes/{noteId}/finalize", new { supervisingTherapistId });

    public static Task<HttpResponseMessage> ForwardAsync(HttpClient api, Guid noteId, Guid coSignerId) =>
        api.PostAsJsonAsync($"/api/v1/notes/{noteId}/forward", new { coSignerId });

    public static Task<HttpResponseMessage> CoSignAsync(HttpClient api, Guid noteId) => api.PostAsync($"/api/v1/notes/{noteId}/cosign", null);

    /// <summary>The response's JSON after checking its status; a mismatch shows the body.</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        if (expected >= HttpStatusCode.BadRequest)
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A problem's fields, as its errors name them.</summary>
    public static IReadOnlyList<string> Fields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    public static string Messages(JsonElement problem) =>
        string.Join(" ", problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(m => m.GetString()));

    public static Guid Id(JsonElement note) => note.GetProperty("id").GetGuid();
}
