using System.Text.Json.Nodes;

namespace Rehab.Web.Tests.Security.Fuzzing;

/// <summary>One operation of the API as its OpenAPI document describes it.</summary>
internal sealed record ApiOperation(
    string Method, string Template, IReadOnlyList<ApiParameter> PathParameters, IReadOnlyList<ApiParameter> Query,
    JsonNode? JsonBody, bool CsvBody, bool IsAnonymous)
{
    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public override string ToString() => $"{Method} {Template}";
}

internal sealed record ApiParameter(string Name, JsonNode Schema);

/// <summary>The operations and schemas of the served OpenAPI document.</summary>
internal sealed class ApiDescription(JsonNode document)
{
    public IReadOnlyList<ApiOperation> Operations { get; } = [.. ReadOperations(document)];

    /// <summary>The schema behind references and "null or X" unions.</summary>
    public JsonNode Resolve(JsonNode schema)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
                schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!;
            else if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray choices
                     && choices.FirstOrDefault(c => c?["type"]?.ToString() != "null") is { } choice)
                schema = choice;
            else
                return schema;
        }
        return schema;
    }

    public static IReadOnlySet<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).ToHashSet(),
        JsonValue type => new HashSet<string> { type.GetValue<string>() },
        _ => schema["properties"] is not null ? new HashSet<string> { "object" } : new HashSet<string>(),
    };

    private static IEnumerable<ApiOperation> ReadOperations(JsonNode document)
    {
        foreach (var (template, item) in document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method == "parameters")
                    continue;
                var parameters = (operation!["parameters"] as JsonArray ?? []).Select(p => p!).ToList();
                ApiParameter[] In(string place) => [.. parameters.Where(p => p["in"]!.GetValue<string>() == place)
                    .Select(p => new ApiParameter(p["name"]!.GetValue<string>(), p["schema"] ?? new JsonObject()))];
                var content = operation["requestBody"]?["content"];
                var anonymous = template is "/api/v1/auth/token" or "/api/v1/auth/refresh";
                yield return new ApiOperation(method.ToUpperInvariant(), template, In("path"), In("query"),
                    content?["application/json"]?["schema"], content?["text/csv"] is not null, anonymous);
            }
    }
}
