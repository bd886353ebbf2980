using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rehab.Web.Tests.Security.Fuzzing;

/// <summary>One request to send: what it tries, and how it is made.</summary>
internal sealed record FuzzRequest(
    string Category, string Method, string Url, string? Body, string? ContentType,
    (string Name, string Value)? Header = null)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
            message.Content = new StringContent(Body, Encoding.UTF8, ContentType ?? "application/json");
        if (Header is var (name, value))
            message.Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    public override string ToString() => $"{Method} {Url} [{Category}] {Preview(Body)}";

    private static string Preview(string? body) => body is null ? "" : body.Length > 160 ? body[..160] + "…" : body;
}

/// <summary>
/// A bounded, seeded set of malformed requests for one operation: wrong types, missing and null fields, null list
/// entries, huge strings, U+0000, odd unicode, invalid enum values, other companies' ids and ids that are not GUIDs.
/// The same seed gives the same requests.
/// </summary>
internal sealed class MalformedRequests(ApiDescription api, IdPool ours, IdPool theirs)
{
    private const string LoneSurrogate = "\u0001lone-surrogate\u0001";
    private static readonly string Huge = new('x', 100_000);
    private static readonly string[] OddText =
    [
        "\u202Eevil\u202C", "𝕏😀👩‍⚕️", "e\u0301\u0301\u0301\u0301", "\uFEFF\u200B\u200D", "\uFFFF\uFFFE",
        "Ω≈ç√∫",
        "' OR 1=1 --", "<script>alert(1)</script>", "%00", "\\u0000", "   ", "", "\r\n\t", "..\\..\\etc\\passwd",
        LoneSurrogate, "a\u0000b",
    ];

    private static readonly JsonSerializerOptions Relaxed =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyList<FuzzRequest> For(ApiOperation operation, int count)
    {
        var random = new Random(StableSeed(operation.ToString()));
        var url = Url(operation, random);
        List<List<FuzzRequest>> groups =
        [
            [.. PathMutations(operation, random)], [.. QueryMutations(operation, url, random)],
            [.. Extras(operation, url, random)],
        ];
        if (operation.JsonBody is not null)
        {
            var baseline = Sample(operation.JsonBody, null, 0, random);
            groups.Add([new FuzzRequest("plausible body", operation.Method, url, Text(baseline), null)]);
            groups.Add([.. BodyShapes(operation, url)]);
            groups.AddRange(FieldMutations(operation, url, baseline, random)
                .GroupBy(r => r.Category).Select(g => g.ToList()));
        }
        else if (operation.CsvBody)
            groups.Add([.. CsvBodies(operation, url)]);
        else
            groups.Add([new FuzzRequest("plausible", operation.Method, url, operation.IsWrite ? "" : null, null)]);

        // Round-robin over the kinds of mischief, each shuffled, so that a bounded count still covers every kind.
        var queues = groups.Where(g => g.Count > 0)
            .Select(g => new Queue<FuzzRequest>(g.OrderBy(_ => random.Next()))).ToList();
        var chosen = new List<FuzzRequest>();
        while (chosen.Count < count && queues.Any(q => q.Count > 0))
            foreach (var queue in queues.Where(q => q.Count > 0))
                if (chosen.Count < count)
                    chosen.Add(queue.Dequeue());
        return chosen;
    }

    private string Url(ApiOperation operation, Random random, string? parameter = null, string? value = null)
    {
        var url = operation.Template;
        foreach (var p in operation.PathParameters)
        {
            var real = ours.Of(IdPool.KindOf(operation.Template, p.Name));
            var id = p.Name == parameter ? value!
                : real.Count > 0 ? real[random.Next(real.Count)].ToString()
                : Guid.NewGuid().ToString();
            url = url.Replace("{" + p.Name + "}", id, StringComparison.Ordinal);
        }
        return url;
    }

    private IEnumerable<FuzzRequest> PathMutations(ApiOperation operation, Random random)
    {
        var body = PlausibleBody(operation, random);
        foreach (var p in operation.PathParameters)
        {
            var kind = IdPool.KindOf(operation.Template, p.Name);
            var values = new List<string>
            {
                "not-a-guid", "12345", "-1", Guid.Empty.ToString(), Guid.NewGuid().ToString(), "%20", "..%2F..",
                Uri.EscapeDataString("𝕏😀"), new string('9', 2_000), Guid.NewGuid().ToString("N") + "x",
            };
            values.AddRange(theirs.Of(kind).Take(2).Select(id => id.ToString()));
            values.AddRange(theirs.All.Take(2).Select(id => id.ToString()));
            values.AddRange(ours.All.Where(id => !ours.Of(kind).Contains(id)).Take(2).Select(id => id.ToString()));
            foreach (var value in values)
                yield return new FuzzRequest(
                    $"path {p.Name}", operation.Method, Url(operation, random, p.Name, value), body, null);
        }
    }

    private IEnumerable<FuzzRequest> QueryMutations(ApiOperation operation, string url, Random random)
    {
        var body = PlausibleBody(operation, random);
        foreach (var q in operation.Query)
        {
            var values = new List<string>
            {
                "yesterday", "abc", "-1", "99999999999999999999", "2026-02-30", "true", "", "%00", "a%00b",
                Uri.EscapeDataString("\u202Eevil 𝕏😀"), new string('q', 3_000), Guid.NewGuid().ToString(),
                "' OR 1=1 --",
            };
            values.AddRange(theirs.All.Take(2).Select(id => id.ToString()));
            values.Add($"1&{q.Name}=2");
            foreach (var value in values)
                yield return new FuzzRequest(
                    $"query {q.Name}", operation.Method, $"{url}?{q.Name}={value}", body, null);
        }
    }

    /// <summary>Query values no operation declares, and headers that ask for odd things.</summary>
    private IEnumerable<FuzzRequest> Extras(ApiOperation operation, string url, Random random)
    {
        var body = PlausibleBody(operation, random);
        foreach (var query in new[] { "unknown=%00", "unknown=" + new string('u', 3_000), "%00=1", "a=1&&&b", "=%FF" })
            yield return new FuzzRequest("extra query", operation.Method, $"{url}?{query}", body, null);
        (string, string)[] headers =
        [
            ("Accept", "application/xml"), ("Accept", "text/html"), ("Accept-Language", "xx-ÿ"),
            ("Cookie", ".AspNetCore.Identity.Application=forged; rehab-clinic=" + Guid.NewGuid()),
            ("X-Forwarded-For", "not-an-address"), ("X-Forwarded-Host", "evil.example"),
            ("If-None-Match", "\"garbage\""), ("Range", "bytes=9999999-"),
        ];
        foreach (var header in headers)
            yield return new FuzzRequest($"header {header.Item1}", operation.Method, url, body, null, header);
    }

    private static IEnumerable<FuzzRequest> BodyShapes(ApiOperation operation, string url)
    {
        string[] bodies = ["null", "[]", "[null]", "\"text\"", "123", "{}", "{", "", "{\"a\":}", new string('[', 300)];
        foreach (var body in bodies)
            yield return new FuzzRequest("body shape", operation.Method, url, body, null);
        yield return new FuzzRequest("body shape", operation.Method, url, "{}", "text/plain");
        yield return new FuzzRequest(
            "body shape", operation.Method, url, "x=a\u0000b", "application/x-www-form-urlencoded");
    }

    private static IEnumerable<FuzzRequest> CsvBodies(ApiOperation operation, string url)
    {
        string[] files =
            ["", "a,b,c", "\u0000,\u0000", "year,code\n2026,97110\n\"unclosed", "x\n" + Huge, LoneSurrogate];
        foreach (var body in files)
            yield return new FuzzRequest("csv", operation.Method, url, body, "text/csv");
        yield return new FuzzRequest("csv", operation.Method, url, "{}", "application/json");
    }

    private IEnumerable<FuzzRequest> FieldMutations(
        ApiOperation operation, string url, JsonNode? baseline, Random random)
    {
        foreach (var (path, schema, name) in Targets(baseline, operation.JsonBody!, [], null, 0))
            foreach (var (category, value, remove) in ValueMutations(schema, name, random))
            {
                var body = baseline!.DeepClone();
                Set(body, path, value, remove);
                yield return new FuzzRequest($"{category}", operation.Method, url, Text(body), null);
            }
    }

    /// <summary>Every field and first list entry in the body, with its schema, up to four levels down.</summary>
    private IEnumerable<(object[] Path, JsonNode Schema, string? Name)> Targets(
        JsonNode? node, JsonNode schema, object[] path, string? name, int depth)
    {
        schema = api.Resolve(schema);
        if (path.Length > 0)
            yield return (path, schema, name);
        if (depth >= 4)
            yield break;
        if (node is JsonObject record && schema["properties"] is JsonObject properties)
            foreach (var (property, propertySchema) in properties)
            {
                var inner = Targets(record[property], propertySchema!, [.. path, property], property, depth + 1);
                foreach (var target in inner)
                    yield return target;
            }
        if (node is JsonArray { Count: > 0 } list && schema["items"] is { } items)
            foreach (var target in Targets(list[0], items, [.. path, 0], name, depth + 1))
                yield return target;
    }

    private IEnumerable<(string Category, JsonNode? Value, bool Remove)> ValueMutations(
        JsonNode schema, string? name, Random random)
    {
        var types = ApiDescription.Types(schema);
        yield return ("missing field", null, true);
        yield return ("null field", null, false);
        yield return ("wrong type", types.Contains("string") ? 12345 : "not a number", false);
        yield return ("wrong type", types.Contains("object") ? new JsonArray(1, 2) : new JsonObject { ["x"] = 1 },
            false);
        yield return ("wrong type", types.Contains("boolean") ? "yes" : true, false);
        if (types.Contains("string") || schema["enum"] is not null)
        {
            yield return ("huge string", Huge, false);
            yield return ("nul character", "be\u0000fore", false);
            yield return ("odd unicode", OddText[random.Next(OddText.Length)], false);
            yield return ("odd unicode", OddText[random.Next(OddText.Length)], false);
        }
        if (schema["enum"] is not null)
        {
            yield return ("invalid enum", "NotAValue", false);
            yield return ("invalid enum", 99, false);
        }
        if (schema["format"]?.ToString() == "uuid")
        {
            yield return ("id", "not-a-guid", false);
            yield return ("id", Guid.NewGuid().ToString(), false);
            yield return ("id", Guid.Empty.ToString(), false);
            if (theirs.All.ToList() is { Count: > 0 } other)
                yield return ("other company's id", other[random.Next(other.Count)].ToString(), false);
            if (ours.All.ToList() is { Count: > 0 } mine)
                yield return ("id of another record", mine[random.Next(mine.Count)].ToString(), false);
        }
        if (schema["format"]?.ToString() is "date" or "date-time")
            foreach (var date in new[] { "2026-02-30", "yesterday", "0001-01-01", "9999-12-31", "2026-13-01T25:61Z" })
                yield return ("date", date, false);
        if (types.Contains("integer") || types.Contains("number"))
            foreach (var number in new JsonNode[] { -1, 0, 2147483648L, 1e308, 1.5, "12", int.MinValue })
                yield return ("number", number, false);
        if (types.Contains("array"))
        {
            yield return ("null entry", new JsonArray((JsonNode?)null), false);
            var entry = Sample(schema["items"] ?? new JsonObject(), name, 1, random);
            yield return ("null entry", new JsonArray(entry, null), false);
            yield return ("list entries", new JsonArray(1, "x", true, new JsonArray()), false);
            var many = Enumerable.Range(0, 500).Select(i => (JsonNode?)$"entry {i}");
            yield return ("list entries", new JsonArray([.. many]), false);
        }
    }

    /// <summary>A plausible value for a schema, so that mutating one field leaves the rest sensible.</summary>
    private JsonNode? Sample(JsonNode schema, string? name, int depth, Random random)
    {
        schema = api.Resolve(schema);
        if (schema["enum"] is JsonArray values)
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        var types = ApiDescription.Types(schema);
        if (types.Contains("object") || schema["properties"] is not null)
        {
            var record = new JsonObject();
            if (depth < 4 && schema["properties"] is JsonObject properties)
                foreach (var (property, propertySchema) in properties)
                    record[property] = Sample(propertySchema!, property, depth + 1, random);
            return record;
        }
        if (types.Contains("array"))
            return depth < 4 && schema["items"] is { } items ? new JsonArray(Sample(items, name, depth + 1, random))
                : [];
        if (types.Contains("boolean"))
            return false;
        if (types.Contains("integer") || types.Contains("number"))
            return 1;
        return (schema["format"]?.ToString(), name?.ToLowerInvariant()) switch
        {
            ("uuid", var field) => SampleId(field, random),
            ("date", _) => "2026-03-02",
            ("date-time", _) => "2026-03-02T15:00:00Z",
            (_, "username") => "fuzz-nobody",
            (_, "password") => "Fuzz-Password-2026!",
            (_, "state") => "AZ",
            (_, "postalcode") => "85201",
            (_, "timezone") => "America/Phoenix",
            (_, "email") => "fuzz@example.com",
            (_, "code") => "97110",
            (_, "npi") => "1234567893",
            (_, "phone") => "602-555-0100",
            _ => "Fuzz",
        };
    }

    private string SampleId(string? field, Random random)
    {
        var kind = field is { Length: > 2 } && field.EndsWith("id", StringComparison.Ordinal) ? field[..^2] : "";
        var ids = ours.Of(kind) is { Count: > 0 } known ? known : ours.All.ToList();
        return ids.Count > 0 ? ids[random.Next(ids.Count)].ToString() : Guid.NewGuid().ToString();
    }

    private string? PlausibleBody(ApiOperation operation, Random random) =>
        operation.JsonBody is { } schema ? Text(Sample(schema, null, 0, random)) : operation.IsWrite ? "" : null;

    private static void Set(JsonNode body, object[] path, JsonNode? value, bool remove)
    {
        var parent = body;
        foreach (var step in path[..^1])
            parent = step is int index ? parent[index]! : parent[(string)step]!;
        switch (path[^1])
        {
            case int index when remove:
                parent.AsArray().RemoveAt(index);
                break;
            case int index:
                parent[index] = value;
                break;
            case string property when remove:
                parent.AsObject().Remove(property);
                break;
            case string property:
                parent[property] = value;
                break;
        }
    }

    private static string Text(JsonNode? body) =>
        (body?.ToJsonString(Relaxed) ?? "null")
        .Replace(JsonSerializer.Serialize(LoneSurrogate, Relaxed), "\"\\ud800\"", StringComparison.Ordinal);

    private static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }
}
