using Microsoft.AspNetCore.Http.Metadata;

namespace Rehab.Web.Hosting;

/// <summary>
/// Refuses a declared body over the endpoint's limit (or the default) before anything reads it; Kestrel
/// enforces the same limits on bodies sent without a length.
/// </summary>
public static class RequestSizeLimit
{
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long defaultMaxBytes) => app.Use(async (http, next) =>
    {
        var max = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultMaxBytes;
        if (http.Request.ContentLength > max)
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        await next();
    });
}
