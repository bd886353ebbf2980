namespace Rehab.Web.Hosting;

/// <summary>
/// Refuses a declared body over the limit before anything reads it; Kestrel enforces the same limit
/// on bodies sent without a length.
/// </summary>
public static class RequestSizeLimit
{
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long maxBytes) => app.Use(async (http, next) =>
    {
        if (http.Request.ContentLength > maxBytes)
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        await next();
    });
}
