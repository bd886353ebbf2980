namespace Rehab.Web.Hosting;

/// <summary>Requests from API clients get status codes and problem JSON; people in a browser get pages.</summary>
public static class ApiRequests
{
    public static bool IsApi(this HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi") || request.Path.StartsWithSegments("/health");
}
