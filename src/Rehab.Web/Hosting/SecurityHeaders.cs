namespace Rehab.Web.Hosting;

/// <summary>Browser hardening headers on every response (OWASP ASVS 3.4).</summary>
public static class SecurityHeaders
{
    private const string PagePolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; " +
        "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    // The API reference's bundle needs inline styles and its own inline start script; it still reaches nothing
    // outside this server (a self-hosted record of patients makes no outside calls).
    private const string ApiReferencePolicy = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; connect-src 'self'; " +
        "worker-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private const string NoDeviceAccess = "accelerometer=(), autoplay=(), camera=(), display-capture=(), " +
        "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = NoDeviceAccess;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy =
            http.Request.Path.StartsWithSegments("/api-reference") ? ApiReferencePolicy : PagePolicy;
        // Over HTTPS (directly, or from a known proxy's X-Forwarded-Proto) browsers keep to HTTPS (ASVS 3.4.1).
        if (http.Request.IsHttps)
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        await next();
    });
}
