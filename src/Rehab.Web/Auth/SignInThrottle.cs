using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Rehab.Web.Hosting;

namespace Rehab.Web.Auth;

/// <summary>
/// Sign-in attempts (the login form and the token endpoint) are throttled per client address: a burst, then a steady
/// rate. Together with the account lockout this keeps one stranger from guessing passwords quickly or locking every
/// account (OWASP ASVS 6.3.1). Behind a known proxy the address is the client's, from X-Forwarded-For.
/// </summary>
public static class SignInThrottle
{
    public const string Policy = "sign-in";
    public const string SectionKey = "Rehab:SignInThrottle";

    /// <summary>How many attempts one address may make: <see cref="Burst"/> at once, then <see cref="PerMinute"/>.
    /// </summary>
    public sealed record Limits
    {
        // A clinic's whole morning shift signs in from one NAT address within a few minutes.
        public int Burst { get; init; } = 40;
        public int PerMinute { get; init; } = 20;
    }

    /// <exception cref="InvalidOperationException">A limit is not a positive number; the message names it.</exception>
    public static void AddSignInThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(SectionKey).Get<Limits>() ?? new Limits();
        if (limits.Burst < 1 || limits.PerMinute < 1)
            throw new InvalidOperationException($"{SectionKey}:Burst and {SectionKey}:PerMinute must be at least 1; " +
                                                $"they are {limits.Burst} and {limits.PerMinute}.");

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetTokenBucketLimiter(ClientOf(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.PerMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = (context, ct) => RefuseAsync(context.HttpContext, context.Lease, ct);
        });
    }

    /// <summary>The client's address; an IPv6 client by its /64, which one clinic's network usually holds.</summary>
    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } v6 =>
            new IPAddress([.. v6.GetAddressBytes()[..8], .. new byte[8]]) + "/64",
        var v4 => v4.ToString(),
    };

    private static async ValueTask RefuseAsync(HttpContext http, RateLimitLease lease, CancellationToken ct)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInThrottle))
            .LogWarning("Sign-in attempts throttled for {Client}", ClientOf(http));
        if (!http.Request.IsApi())
            return; // the error page explains it
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many sign-in attempts",
                Detail = $"Too many sign-in attempts came from your network. Wait {seconds} seconds, then try again.",
            },
        });
    }
}
