using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Rehab.Testing;

namespace Rehab.Web.Tests.Cli;

/// <summary>The web app, without the demo, on a database the command line set up.</summary>
public sealed class InstallationHost(TestDatabase database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseDemoOn(database).UseSetting("Rehab:Demo:Seed", "false");

    /// <summary>An API client holding a bearer token from the real token endpoint.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = userName, password });
        Assert.True(response.IsSuccessStatusCode, $"{userName} could not sign in: {(int)response.StatusCode}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
