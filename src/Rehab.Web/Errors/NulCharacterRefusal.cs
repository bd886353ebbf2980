using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Rehab.Web.Hosting;

namespace Rehab.Web.Errors;

/// <summary>
/// Refuses a request holding the NUL character (U+0000) in its address, query, form fields, or JSON or text body
/// before anything reads it: PostgreSQL text cannot hold it, and no clinic record contains it. API callers get a
/// 400 problem naming the field; people in a browser get the error page.
/// </summary>
public static class NulCharacterRefusal
{
    public static IApplicationBuilder UseNulCharacterRefusal(this IApplicationBuilder app) => app.Use(RefuseNulAsync);

    private static async Task RefuseNulAsync(HttpContext http, RequestDelegate next)
    {
        // The error page that a refusal re-executes sees the same form; it must not be refused again.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is null && await FindAsync(http.Request) is { } field)
        {
            await RefuseAsync(http, field);
            return;
        }
        await next(http);
    }

    /// <summary>The field holding a NUL, or null when there is none.</summary>
    private static async Task<string?> FindAsync(HttpRequest request)
    {
        if (Holds(request.PathBase.Value) || Holds(request.Path.Value))
            return "address";
        foreach (var (name, values) in request.Query)
            if (Holds(name) || values.Any(Holds))
                return Holds(name) ? "query" : name;
        if (request.HasFormContentType)
            return await FindInFormAsync(request);
        var isText = request.ContentType?.StartsWith("text/", StringComparison.OrdinalIgnoreCase) == true;
        return IsJson(request.ContentType) || isText ? await FindInBodyAsync(request) : null;
    }

    private static bool Holds(string? text) => text?.Contains('\0', StringComparison.Ordinal) == true;

    private static async Task<string?> FindInFormAsync(HttpRequest request)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return null; // the page's own binding reports an unreadable form
        }
        foreach (var (name, values) in form)
            if (Holds(name) || values.Any(Holds))
                return Holds(name) ? "form" : name;
        return null;
    }

    private static async Task<string?> FindInBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        if (IsJson(request.ContentType))
            return JsonText.FindNul(copy.GetBuffer().AsSpan(0, (int)copy.Length));
        copy.Position = 0;
        using var text = new StreamReader(copy, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Holds(await text.ReadToEndAsync()) ? "file" : null;
    }

    private static bool IsJson(string? contentType) =>
        contentType?.Split(';')[0].Trim() is { } mediaType
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static async Task RefuseAsync(HttpContext http, string field)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (!http.Request.IsApi())
            return; // the status code page explains it
        var message =
            $"'{field}' contains the NUL character (U+0000), which no record can hold. Remove it and send again.";
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request holds a character that cannot be stored",
            Detail = message,
        };
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    /// <summary>Finds NULs in JSON text by path, as the binder would name the field.</summary>
    private static class JsonText
    {
        public static string? FindNul(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            var path = new List<Segment>();
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                    {
                        path.RemoveAt(path.Count - 1);
                        continue;
                    }
                    if (reader.TokenType == JsonTokenType.PropertyName)
                    {
                        path[^1] = path[^1] with { Name = reader.GetString() };
                        if (Holds(path[^1].Name))
                            return Name(path);
                        continue;
                    }
                    if (path.Count > 0 && path[^1].IsArray)
                        path[^1] = path[^1] with { Index = path[^1].Index + 1 };
                    if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && Holds(reader.GetString()))
                        return Name(path);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        path.Add(new Segment(reader.TokenType == JsonTokenType.StartArray, -1, null));
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Malformed JSON or a broken surrogate pair: the binder refuses it with its own problem.
            }
            return null;
        }

        private static string Name(List<Segment> path)
        {
            var name = new StringBuilder();
            foreach (var segment in path)
            {
                if (segment.IsArray)
                    name.Append('[').Append(segment.Index).Append(']');
                else if (segment.Name is not null)
                    name.Append(name.Length == 0 ? "" : ".")
                        .Append(segment.Name.Replace("\0", "", StringComparison.Ordinal));
            }
            return name.Length == 0 ? "body" : name.ToString();
        }

        private sealed record Segment(bool IsArray, int Index, string? Name);
    }
}
