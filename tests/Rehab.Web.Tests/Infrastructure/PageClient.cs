using System.Text.RegularExpressions;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>A browser-like client for Razor Pages: keeps cookies and sends each form's antiforgery token.</summary>
public sealed partial class PageClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static async Task<PageClient> SignInAsync(RehabAppFactory app, string userName, string password = RehabAppFactory.Password)
    {
        var client = new PageClient(app.AnonymousClient());
        var response = await client.PostFormAsync("/Login", new() { ["Username"] = userName, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>GETs the page that holds the form, then posts it with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await Http.GetStringAsync(formPage ?? path);
        var token = AntiforgeryField().Match(page);
        if (!token.Success)
            throw new InvalidOperationException($"No antiforgery token on {formPage ?? path}");
        fields["__RequestVerificationToken"] = token.Groups["value"].Value;
        return await Http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
