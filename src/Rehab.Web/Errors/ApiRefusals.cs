using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;

namespace Rehab.Web.Errors;

/// <summary>How the API refuses: input no handler should meet is refused while it is read, and every refusal is a
/// problem+json whatever the caller's Accept header asks for (RFC 9457).</summary>
public static class ApiRefusals
{
    public static IServiceCollection AddApiRefusals(this IServiceCollection services)
    {
        services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        return services.PostConfigure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolver =
            o.SerializerOptions.TypeInfoResolver?.WithAddedModifier(NullListEntries.Refuse));
    }
}
