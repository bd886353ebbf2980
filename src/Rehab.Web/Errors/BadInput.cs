using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;

namespace Rehab.Web.Errors;

/// <summary>Input that no handler should meet is refused once, for every endpoint, before binding finishes.</summary>
public static class BadInput
{
    public static IServiceCollection AddBadInputRefusal(this IServiceCollection services) =>
        services.PostConfigure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolver =
            o.SerializerOptions.TypeInfoResolver?.WithAddedModifier(NullListEntries.Refuse));
}
