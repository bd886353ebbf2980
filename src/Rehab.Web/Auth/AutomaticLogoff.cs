using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Rehab.Web.Auth;

/// <summary>
/// The screen side of the idle timeout (ONC 170.315(d)(5)): every page tells its script when the session ends, the
/// script warns <see cref="WarnBefore"/> ahead with a "Stay signed in" button that posts here, and at the end it clears
/// the screen and signs out, so a chart left open on a shared workstation does not stay visible.
/// </summary>
public sealed class AutomaticLogoff(IOptionsMonitor<CookieAuthenticationOptions> cookies, TimeProvider clock)
{
    public const string ExtendPath = "/session/extend";
    public static readonly TimeSpan WarnBefore = TimeSpan.FromMinutes(2);

    private TimeSpan IdleTimeout => cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan;

    /// <summary>How long the browser's session lasts from this response on, with no further request.</summary>
    public async Task<TimeSpan> TimeLeftAsync(HttpContext http)
    {
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (session.Properties is not { IssuedUtc: { } issued, ExpiresUtc: { } expires })
            return TimeSpan.Zero;
        var now = clock.GetUtcNow();
        // The cookie slides (renews to the full timeout) on a request past the half of its life, as this one may have.
        return now - issued > expires - now ? IdleTimeout : expires - now;
    }

    public static void MapAutomaticLogoff(IEndpointRouteBuilder app) =>
        app.MapPost(ExtendPath, ExtendAsync).RequireAuthorization().ExcludeFromDescription();

    /// <summary>"Stay signed in": the same session, with a fresh idle timeout.</summary>
    private static async Task<Results<Ok<ExtendedSession>, ProblemHttpResult>> ExtendAsync(
        HttpContext http, IAntiforgery antiforgery, AutomaticLogoff logoff)
    {
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!session.Succeeded || !await antiforgery.IsRequestValidAsync(http))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "The session cannot be extended",
                detail: "Only a browser's signed-in page extends its session, with the page's antiforgery token; " +
                        "API clients refresh their token instead.");
        await http.SignInAsync(IdentityConstants.ApplicationScheme, session.Principal, new AuthenticationProperties());
        return TypedResults.Ok(new ExtendedSession((int)logoff.IdleTimeout.TotalSeconds));
    }

    public sealed record ExtendedSession(int SecondsLeft);
}
