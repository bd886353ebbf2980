using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Rehab.Web.Hosting;

namespace Rehab.Web.Auth;

/// <summary>
/// An API write that rides on the browser's session cookie must carry the page's antiforgery token in the
/// <c>RequestVerificationToken</c> header, as the pages' scripts send it; SameSite alone does not stop a
/// request forged from a sibling site (OWASP ASVS 3.5.1). Bearer-token clients are not affected: a forged
/// request cannot attach their token.
/// </summary>
public static class CookieApiAntiforgery
{
    public static IApplicationBuilder UseCookieApiAntiforgery(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (NeedsToken(http) && !await antiforgery.IsRequestValidAsync(http))
            {
                await RefuseAsync(http);
                return;
            }
            await next(http);
        });

    private static bool NeedsToken(HttpContext http) =>
        http.Request.IsApi()
        && !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
             || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method))
        && http.User.Identity?.IsAuthenticated == true
        && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static Task RefuseAsync(HttpContext http)
    {
        const string Message = "A change sent with the browser's session cookie needs the page's antiforgery token " +
                               $"in the {CookieHardening.AntiforgeryHeader} header; API clients send a bearer token " +
                               "instead.";
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { [CookieHardening.AntiforgeryHeader] = [Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The antiforgery token is missing or wrong",
            Detail = Message,
        };
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).AsTask();
    }
}
