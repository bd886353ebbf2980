using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Errors;

/// <summary>Input that once reached a handler or the database and answered 500 is refused with a 400 problem.</summary>
public sealed class BadInputTests(Apps apps) : IClassFixture<Apps>
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<string[]> ErrorsOfAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages),
            $"no error for '{field}' in {problem}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }

    [Theory, Providers]
    public async Task A_nul_character_in_any_text_field_is_a_400_problem_not_a_500(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");
        var clinics = await CountAsync(app, db => db.Clinics.IgnoreQueryFilters().CountAsync());

        var messages = await ErrorsOfAsync(await api.PostAsync("/api/v1/clinics", Json(
            """{"name": "Mesa\u0000East", "addressLine1": "1 Main St", "city": "Mesa", "state": "AZ"}""")), "name");
        Assert.Contains("U+0000", messages[0], StringComparison.Ordinal);
        await ErrorsOfAsync(await api.PostAsync("/api/v1/billing/units", Json(
            """{"rule": "eight-minute", "lines": [{"code": "97110", "minutes": 8}, {"code": "9\u00007110"}]}""")),
            "lines[1].code");
        await ErrorsOfAsync(await app.AnonymousClient().PostAsync("/api/v1/auth/token", Json(
            """{"username": "ad\u0000min", "password": "x"}""")), "username");

        Assert.Equal(clinics, await CountAsync(app, db => db.Clinics.IgnoreQueryFilters().CountAsync()));
    }

    [Theory, Providers]
    public async Task A_nul_character_in_the_query_or_the_address_is_a_400_problem_not_a_500(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("admin");

        await ErrorsOfAsync(await api.GetAsync("/api/v1/patients?q=Ch%00en"), "q");

        // The test client will not send a NUL in the path, so the request is built on the server side.
        var token = api.DefaultRequestHeaders.Authorization!.ToString();
        var context = await app.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/api/v1/billing-codes/97\u0000110";
            http.Request.Headers.Authorization = token;
        });
        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType);
    }

    [Theory, Providers]
    public async Task A_nul_character_in_a_form_is_refused_and_saves_nothing(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var clinics = await CountAsync(app, db => db.Clinics.IgnoreQueryFilters().CountAsync());

        var response = await admin.PostFormAsync("/Organization/Clinics/Create", new()
        {
            ["Input.Name"] = "Mesa\0East", ["Input.AddressLine1"] = "1 Main St", ["Input.City"] = "Mesa",
            ["Input.State"] = "AZ", ["Input.PostalCode"] = "85201", ["Input.TimeZone"] = "America/Phoenix",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be read", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(clinics, await CountAsync(app, db => db.Clinics.IgnoreQueryFilters().CountAsync()));
    }

    [Theory, Providers]
    public async Task A_null_entry_in_a_list_is_a_400_problem_naming_the_entry_not_a_500(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");

        var messages = await ErrorsOfAsync(await api.PostAsync("/api/v1/billing/units", Json(
            """{"rule": "eight-minute", "lines": [{"code": "97110", "minutes": 8}, null]}""")), "lines[1]");
        Assert.Contains("Entry 2 of the list 'lines' is empty", messages[0], StringComparison.Ordinal);
        await ErrorsOfAsync(await api.PutAsync($"/api/v1/notes/{Guid.NewGuid()}", Json(
            """{"evaluation": {"goals": [null]}}""")), "evaluation.goals[0]");
    }

    [Theory, Providers]
    public async Task An_api_refusal_is_problem_json_even_to_a_caller_that_accepts_only_html(string provider)
    {
        var app = apps[provider];
        foreach (var (client, path) in new[]
                 {
                     (app.AnonymousClient(), "/api/v1/clinics"),
                     (await app.ClientForAsync("admin"), $"/api/v1/clinics/{Guid.NewGuid()}"),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await client.SendAsync(request);

            Assert.True((int)response.StatusCode is 401 or 404, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        }
    }

    private static Task<int> CountAsync(RehabAppFactory app, Func<RehabDbContext, Task<int>> count) =>
        app.WithScopeAsync(sp => count(sp.GetRequiredService<RehabDbContext>()));
}
