using Microsoft.AspNetCore.Mvc;

namespace Rehab.Web.Hosting;

/// <summary>
/// The TempData and antiforgery cookies get the session cookie's flags: HttpOnly, SameSite=Strict, Secure whenever the
/// request came over HTTPS (directly or from a known proxy), so they never travel in clear text (OWASP ASVS 3.3.1).
/// </summary>
public static class CookieHardening
{
    /// <summary>The header a page's script sends its antiforgery token in.</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public static void AddCookieHardening(this IServiceCollection services)
    {
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }
}
