using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Security;

/// <summary>API writes carried by the browser's session cookie need the page's antiforgery token.</summary>
public sealed partial class CookieApiAntiforgeryTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task<(PageClient Browser, Guid Note)> DraftAsync(RehabAppFactory app)
    {
        var @case = await app.AddEvaluatedCaseAsync();
        var note = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"));
        return (await PageClient.SignInAsync(app, "therapist"), note);
    }

    [Theory, Providers]
    public async Task Cookie_authenticated_api_write_without_antiforgery_token_is_refused(string provider)
    {
        var app = apps[provider];
        var (browser, note) = await DraftAsync(app);

        foreach (var write in new[] { $"/api/v1/notes/{note}/finalize", $"/api/v1/notes/{note}/cosign" }
                     .Append("/api/v1/license-requests"))
        {
            var response = await browser.Http.PostAsJsonAsync(write, new { });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("RequestVerificationToken", out _), write);
        }
        var status = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Notes.IgnoreQueryFilters()
            .Where(n => n.Id == note).Select(n => n.Status).SingleAsync());
        Assert.Equal(NoteStatus.Draft, status);
    }

    [Theory, Providers]
    public async Task Cookie_authenticated_api_write_with_the_pages_token_is_answered(string provider)
    {
        var app = apps[provider];
        var (browser, note) = await DraftAsync(app);
        var html = await browser.Http.GetStringAsync($"/Notes/{note}");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        Assert.NotEmpty(token);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notes/{note}/billing/preview")
        {
            Content = JsonContent.Create(new { charges = Array.Empty<object>() }),
        };
        request.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.SendAsync(request)).StatusCode);
    }

    [Theory, Providers]
    public async Task Bearer_token_api_writes_need_no_antiforgery_token(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync();
        var note = await app.AddNoteAsync(@case.CaseId, await app.UserIdAsync("therapist"));
        var therapist = await app.ClientForAsync("therapist");
        var response = await therapist.PostAsJsonAsync($"/api/v1/notes/{note}/billing/preview",
            new { charges = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
