using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>A browser without a browser: signs in through the login form and posts forms with their antiforgery token.</summary>
public sealed partial class PageClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static async Task<PageClient> SignInAsync(RehabAppFactory app, string userName, string password = RehabAppFactory.Password)
    {
        var client = new PageClient(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var response = await client.PostFormAsync("/Login", new() { ["Username"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>Opens <paramref name="formPage"/> (default: the url itself) for its antiforgery token, then posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var html = await Http.GetStringAsync(formPage ?? url);
        var token = AntiforgeryToken().Match(html);
        if (!token.Success)
            throw new InvalidOperationException($"{formPage ?? url} has no form with an antiforgery token.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
