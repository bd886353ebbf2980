using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Rehab.Web.Auth;

/// <summary>
/// Every request's cookie or token must belong to a live sign-in; otherwise the request goes on as anonymous, and
/// a cookie is cleared. A copied cookie or token stops working as soon as its sign-in ends.
/// </summary>
public sealed class SessionCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, SignInSessions sessions)
    {
        if (http.User.Identity?.IsAuthenticated == true && !await sessions.IsLiveAsync(http.User, http.RequestAborted))
        {
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
            var bearer = http.Request.Headers.Authorization.ToString()
                .StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (!bearer)
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
        await next(http);
    }
}
