using Microsoft.AspNetCore.Http.HttpResults;

namespace Rehab.Web.Billing;

/// <summary>A published file (fee schedule, edit table) sent as the request body with Content-Type: text/csv.</summary>
public static class CsvUpload
{
    /// <summary>Such files may be larger than other requests.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static ProblemHttpResult NotCsv() =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send a CSV file",
            detail: "The body must be the file itself, sent with Content-Type: text/csv.");

    /// <summary>The body as text, or null when it is not CSV.</summary>
    public static async Task<TextReader?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
            return null;
        // The CSV readers read synchronously; the body is bounded by the size limit, so it is read into memory first.
        var file = new MemoryStream();
        await request.Body.CopyToAsync(file, ct);
        file.Position = 0;
        return new StreamReader(file);
    }

    public static ProblemHttpResult FileErrors(IEnumerable<string> errors) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The file has errors",
            detail: "Nothing was imported. Correct the lines named below and import the whole file again.",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { ["file"] = errors.ToArray() },
            });
}
