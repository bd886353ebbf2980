using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Rehab.Web.Errors;

/// <summary>
/// How the API refuses: input no handler should meet is refused while it is read, and every refusal is a
/// problem+json (RFC 9457), whatever the caller's Accept header asks for and even when the server itself refuses.
/// </summary>
public static class ApiRefusals
{
    public static IServiceCollection AddApiRefusals(this IServiceCollection services)
    {
        services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        // On unless turned off (for example behind a reverse proxy that answers malformed requests itself).
        services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((k, configuration) =>
        {
            if (configuration.GetValue(UnreadableRequestProblems.Setting, true))
                k.ConfigureEndpointDefaults(listen => listen.UseUnreadableRequestProblems());
        });
        return services.PostConfigure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolver =
            o.SerializerOptions.TypeInfoResolver?.WithAddedModifier(NullListEntries.Refuse));
    }
}
