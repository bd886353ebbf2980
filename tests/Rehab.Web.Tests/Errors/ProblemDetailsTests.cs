using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Errors;

/// <summary>Bad input answers a 4xx ProblemDetails that names the field, never a 500, and saves nothing.</summary>
public sealed class ProblemDetailsTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Theory, Providers]
    public async Task Validation_errors_name_each_field_in_plain_words(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var response = await api.PostAsJsonAsync("/api/v1/clinics", new { name = "", npi = "1234567890", state = "XX", timeZone = "Nowhere/Town" });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "name", "addressLine1", "city", "state", "postalCode", "npi", "timeZone" })
            Assert.True(errors.TryGetProperty(field, out var messages) && messages[0].GetString()!.Length > 10, $"no message for {field}");
    }

    [Theory, Providers]
    public async Task Malformed_json_is_a_400(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var problem = await ProblemAsync(await api.PostAsync("/api/v1/clinics", Json("{\"name\": \"Mesa\", ")), HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_value_of_the_wrong_type_names_its_field(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var problem = await ProblemAsync(await api.PostAsync("/api/v1/clinics", Json("{\"name\": \"Mesa\", \"isActive\": \"yes\"}")), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("isActive", out _));
    }

    [Theory, Providers]
    public async Task A_missing_body_is_a_400(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        await ProblemAsync(await api.PostAsync("/api/v1/clinics", Json("")), HttpStatusCode.BadRequest);
        await ProblemAsync(await api.PutAsync("/api/v1/company", Json("null")), HttpStatusCode.BadRequest);
    }

    [Theory, Providers]
    public async Task An_oversized_body_is_a_413(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var huge = "{\"name\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";
        await ProblemAsync(await api.PostAsync("/api/v1/clinics", Json(huge)), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory, Providers]
    public async Task Unknown_ids_and_routes_are_404(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        await ProblemAsync(await api.GetAsync($"/api/v1/clinics/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ProblemAsync(await api.GetAsync("/api/v1/clinics/not-a-guid"), HttpStatusCode.NotFound);
        await ProblemAsync(await api.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);
    }

    [Theory, Providers]
    public async Task A_bad_query_value_names_the_parameter(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var problem = await ProblemAsync(await api.GetAsync("/api/v1/audit?from=yesterday"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
        problem = await ProblemAsync(await api.GetAsync("/api/v1/audit?from=2026-02-01&to=2026-01-01"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _));
    }

    [Theory, Providers]
    public async Task A_refused_update_leaves_the_clinic_as_it_was(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var id = await app.ClinicIdAsync("Denver Highlands");
        var before = await api.GetStringAsync($"/api/v1/clinics/{id}");

        await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/clinics/{id}", new
        {
            name = "Denver Renamed", addressLine1 = "1 Main St", city = "Denver", state = "CO", postalCode = "80211", timeZone = "Bogus/Zone",
        }), HttpStatusCode.BadRequest);
        await ProblemAsync(await api.PutAsJsonAsync($"/api/v1/clinics/{id}", new
        {
            name = "Phoenix Central", addressLine1 = "1 Main St", city = "Denver", state = "CO", postalCode = "80211", timeZone = "America/Denver",
        }), HttpStatusCode.Conflict);

        Assert.Equal(before, await api.GetStringAsync($"/api/v1/clinics/{id}"));
    }

    [Theory, Providers]
    public async Task Simultaneous_clinics_with_one_name_save_once_and_the_rest_get_409(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var name = TestData.Unique("Race ");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PostAsJsonAsync("/api/v1/clinics", new
        {
            name, addressLine1 = "1 Main St", city = "Mesa", state = "AZ", postalCode = "85201", timeZone = "America/Phoenix",
        })));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await ProblemAsync(refused, HttpStatusCode.Conflict);
    }
}
