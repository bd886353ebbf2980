using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Rehab.Web.Auth;

/// <summary>
/// The server's own limit on bearer and refresh tokens and the sign-in cookie: a token counts from the moment this
/// server issued it and lives no longer than the configured lifetime, whatever expiry its protected ticket claims. A
/// token minted with stolen keys and a one-year expiry is refused like any token older than the lifetime
/// (ONC 170.315(d)(5)).
/// </summary>
public static class TokenLifetime
{
    /// <summary>How far another instance's clock may run ahead of this one's.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>Bounds bearer and refresh tokens, and the sign-in cookie, by their configured lifetimes.</summary>
    public static void EnforceTokenLifetimes(this IServiceCollection services)
    {
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .PostConfigure<TimeProvider>((o, clock) =>
            {
                o.BearerTokenProtector = new Bounded(o.BearerTokenProtector, o.BearerTokenExpiration, clock);
                o.RefreshTokenProtector = new Bounded(o.RefreshTokenProtector, o.RefreshTokenExpiration, clock);
            });
        // A sliding cookie is issued anew as it slides, so its issue time is never older than the idle timeout.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<TimeProvider>((o, clock) =>
                o.TicketDataFormat = new Bounded(o.TicketDataFormat, o.ExpireTimeSpan, clock));
    }

    /// <summary>True when a ticket issued at <paramref name="issued"/> and expiring at <paramref name="expires"/> is
    /// within <paramref name="lifetime"/> at <paramref name="now"/>.</summary>
    public static bool Allows(DateTimeOffset? issued, DateTimeOffset? expires, DateTimeOffset now, TimeSpan lifetime) =>
        issued is { } from && expires is { } until
        && from <= now + ClockSkew
        && now < from + lifetime
        && until <= from + lifetime
        && now < until;

    private sealed class Bounded(ISecureDataFormat<AuthenticationTicket> inner, TimeSpan lifetime, TimeProvider clock)
        : ISecureDataFormat<AuthenticationTicket>
    {
        public string Protect(AuthenticationTicket data) => Protect(data, purpose: null);

        public string Protect(AuthenticationTicket data, string? purpose)
        {
            var now = clock.GetUtcNow();
            data.Properties.IssuedUtc = now;
            if (data.Properties.ExpiresUtc is not { } expires || expires > now + lifetime)
                data.Properties.ExpiresUtc = now + lifetime;
            return inner.Protect(data, purpose);
        }

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) =>
            inner.Unprotect(protectedText, purpose) is { } ticket
            && Allows(ticket.Properties.IssuedUtc, ticket.Properties.ExpiresUtc, clock.GetUtcNow(), lifetime)
                ? ticket
                : null;
    }
}
