using System.Text.Json.Nodes;

namespace Rehab.Web.Tests.Security.Fuzzing;

/// <summary>
/// Record ids a company's API answers, by kind ("clinic", "patient", "user"…), gathered by reading every list and
/// record the company may see, so that malformed requests reach handlers with real ids.
/// </summary>
internal sealed class IdPool
{
    private readonly Dictionary<string, List<Guid>> _ids = new(StringComparer.Ordinal);

    public IEnumerable<Guid> All => _ids.Values.SelectMany(v => v).Distinct();

    public IReadOnlyList<Guid> Of(string kind) => _ids.TryGetValue(kind, out var ids) ? ids : [];

    public void Forget(Guid id)
    {
        foreach (var ids in _ids.Values)
            ids.Remove(id);
    }

    /// <summary>Reads the company's records through its GET operations, following ids found on the way.</summary>
    public static async Task<IdPool> GatherAsync(HttpClient api, IEnumerable<ApiOperation> operations)
    {
        var pool = new IdPool();
        var reads = operations.Where(o => o.Method == "GET").ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 3; round++)
            foreach (var read in reads)
            {
                if (pool.Url(read) is not { } url || !done.Add(url))
                    continue;
                var response = await api.GetAsync(url);
                if (response is
                    { IsSuccessStatusCode: true, Content.Headers.ContentType.MediaType: "application/json" })
                {
                    var json = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                    pool.Harvest(json, KindBefore(read.Template, null));
                }
            }
        return pool;
    }

    /// <summary>The kind of record a path parameter names: "id" after "clinics" is a clinic, "userId" a user.</summary>
    public static string KindOf(string template, string parameter) =>
        parameter == "id" ? KindBefore(template, "{id}") : Singular(parameter[..^2]);

    private string? Url(ApiOperation read)
    {
        var url = read.Template;
        foreach (var parameter in read.PathParameters)
        {
            var ids = Of(KindOf(read.Template, parameter.Name));
            if (ids.Count == 0)
                return null;
            url = url.Replace("{" + parameter.Name + "}", ids[0].ToString(), StringComparison.Ordinal);
        }
        return url;
    }

    private void Harvest(JsonNode? node, string kind)
    {
        switch (node)
        {
            case JsonArray items:
                foreach (var item in items)
                    Harvest(item, kind);
                break;
            case JsonObject record:
                foreach (var (name, value) in record)
                {
                    var id = value is JsonValue && Guid.TryParse(value.ToString(), out var guid) ? guid : (Guid?)null;
                    if (id is not null && name.EndsWith("Id", StringComparison.Ordinal))
                        Add(Singular(name[..^2]), id.Value);
                    else if (id is not null && name == "id")
                        Add(kind, id.Value);
                    else if (value is JsonArray or JsonObject)
                        Harvest(value, Singular(name));
                }
                break;
        }
    }

    private void Add(string kind, Guid id)
    {
        if (!_ids.TryGetValue(kind, out var ids))
            _ids[kind] = ids = [];
        if (!ids.Contains(id))
            ids.Add(id);
    }

    private static string KindBefore(string template, string? parameter)
    {
        var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var end = parameter is null ? segments.Length : Array.IndexOf(segments, parameter);
        var literal = segments.Take(end).LastOrDefault(s => !s.StartsWith('{')) ?? "";
        return Singular(literal);
    }

    private static string Singular(string name)
    {
        var word = name.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        return word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
            : word.EndsWith("ses", StringComparison.Ordinal) ? word[..^1]
            : word.EndsWith('s') ? word[..^1]
            : word;
    }
}
