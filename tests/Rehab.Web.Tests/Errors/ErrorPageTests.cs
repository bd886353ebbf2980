using System.Net;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Errors;

/// <summary>People in a browser get an HTML page for errors; API clients keep getting problem JSON.</summary>
public sealed class ErrorPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task A_missing_page_shows_a_friendly_404_page(string provider)
    {
        var pages = await PageClient.SignInAsync(apps[provider], "admin");
        var response = await pages.Http.GetAsync($"/Organization/Clinics/Edit/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_api_keeps_answering_problem_json(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var response = await api.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
