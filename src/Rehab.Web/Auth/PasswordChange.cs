using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Web.Hosting;

namespace Rehab.Web.Auth;

/// <summary>
/// Keeps a sign-in whose password must change on the password page: pages redirect there, the API answers 403
/// except for the password change itself.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string PagePath = "/Account/Password";
    public const string ApiPath = "/api/v1/account/password";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.User.MustChangePassword() || Allowed(http))
        {
            await next(http);
            return;
        }
        if (http.Request.IsApi())
            await PasswordChange.MustChangeFirst().ExecuteAsync(http);
        else
            http.Response.Redirect(PagePath);
    }

    private static bool Allowed(HttpContext http) =>
        http.Request.Path.StartsWithSegments(ApiPath)
        || http.GetRouteValue("page") is PagePath or "/Logout" or "/Error";
}

public static class PasswordChange
{
    public static ProblemHttpResult MustChangeFirst() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Password must be changed",
        detail: "The password expired or was reset by an admin. Change it on the password page " +
                $"({PasswordChangeGate.PagePath}) before signing in here.");
}
