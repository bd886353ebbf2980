using Microsoft.AspNetCore.Identity;

namespace Rehab.Web.Auth.Mfa;

public static class MfaServices
{
    /// <summary>Single-use authenticator codes in place of Identity's own provider, and the MFA use cases.</summary>
    public static void AddRehabMfa(this IServiceCollection services)
    {
        services.Configure<IdentityOptions>(o =>
        {
            o.Tokens.ProviderMap[SingleUseAuthenticator.Name] =
                new TokenProviderDescriptor(typeof(SingleUseAuthenticator));
            o.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticator.Name;
        });
        services.AddTransient<SingleUseAuthenticator>();
        services.AddScoped<MfaPolicy>();
        services.AddScoped<SecondFactor>();
        services.AddScoped<MfaSignIn>();
        services.AddScoped<MfaEnrolment>();
        services.AddScoped<MfaReset>();
    }
}
