using Rehab.Web.Hosting;

namespace Rehab.Web.Auth;

/// <summary>
/// Keeps a locked sign-in on its survey: pages redirect to the survey, the API answers 403. Bearer tokens never carry the lock.
/// </summary>
public sealed class TabletLockMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        if (http.User.LockedSurvey() is not { } survey || Allowed(http, survey))
        {
            await next(http);
            return;
        }
        if (!http.Request.IsApi())
        {
            http.Response.Redirect(TabletLock.TakePath(survey));
            return;
        }
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "This sign-in is handed to a patient",
                Detail = "The session is locked to one outcome survey until the clinician unlocks it with their password.",
            },
        });
    }

    private static bool Allowed(HttpContext http, Guid survey) => http.GetRouteValue("page") switch
    {
        "/Logout" or "/Error" => true,
        "/Surveys/Take" or "/Surveys/Unlock" => Guid.TryParse(http.GetRouteValue("id")?.ToString(), out var id) && id == survey,
        _ => false,
    };
}
