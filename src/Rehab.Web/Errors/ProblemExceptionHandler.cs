using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Rehab.Web.Hosting;

namespace Rehab.Web.Errors;

/// <summary>
/// Turns unreadable requests into a 4xx ProblemDetails naming the field, and anything else into a
/// 500 that reveals nothing but a trace id.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!http.Request.IsApi())
            return false; // pages re-execute the error page instead
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails();
        if (exception is BadHttpRequestException bad)
        {
            problem.Status = bad.StatusCode;
            if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                problem.Title = "The request is too large";
                problem.Detail = "The request body is larger than this server accepts.";
            }
            else if (FindJsonError(bad) is NullListEntryException entry)
            {
                var field = FieldOf(entry.Path) is { } holder ? $"{holder}.{entry.Entry}" : entry.Entry;
                problem.Title = "The request body has an empty list entry";
                problem.Detail = entry.Message;
                problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [entry.Message] };
            }
            else if (FindJsonError(bad) is { } json)
            {
                var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
                problem.Title = "The request body could not be read";
                problem.Detail = field == "body"
                    ? "The request body is not valid JSON."
                    : $"The field '{field}' has a value of the wrong type, or the JSON is malformed there.";
                problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail] };
            }
            else if (BoundParameter().Match(bad.Message) is { Success: true } parameter)
            {
                var field = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
                problem.Title = "The request could not be read";
                problem.Detail = $"The value given for '{field}' is missing or has the wrong format.";
                problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail] };
            }
            else
            {
                problem.Title = "The request could not be read";
                problem.Detail = "A required value is missing or has the wrong format; send a JSON body with the documented fields.";
            }
        }
        else if (Rehab.Data.UniqueViolation.Is(exception))
        {
            problem.Status = StatusCodes.Status409Conflict;
            problem.Title = "Saved by someone else at the same moment";
            problem.Detail = "Another record with the same unique value was saved just before yours; nothing of yours was saved. Reload and try again.";
        }
        else if (Rehab.Data.DatabaseBusy.Is(exception))
        {
            log.LogWarning(exception, "Database busy on {Method} {Route}", http.Request.Method,
                http.GetEndpoint()?.DisplayName);
            problem.Status = StatusCodes.Status503ServiceUnavailable;
            problem.Title = "The database is busy";
            problem.Detail = "Other changes held the database too long; nothing you sent was saved. Try again.";
            http.Response.Headers.RetryAfter = "1";
        }
        else
        {
            log.LogError(exception, "Unhandled error on {Method} {Route}", http.Request.Method, http.GetEndpoint()?.DisplayName);
            problem.Status = StatusCodes.Status500InternalServerError;
            problem.Title = "Something went wrong on our side";
            problem.Detail = "The error was logged; nothing you sent was saved in part.";
        }
        http.Response.StatusCode = problem.Status.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    [GeneratedRegex(@"parameter ""[^""\s]+ (?<name>[A-Za-z0-9_]+)""")]
    private static partial Regex BoundParameter();

    /// <summary>The binder's path of a JSON value as a field name, or null for the whole body.</summary>
    private static string? FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.TrimStart('$', '.');

    private static JsonException? FindJsonError(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is JsonException json) return json;
        return null;
    }
}
