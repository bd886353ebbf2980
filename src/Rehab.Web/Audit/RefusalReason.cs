using Microsoft.AspNetCore.Mvc;

namespace Rehab.Web.Audit;

/// <summary>
/// Why a write was refused, for its audit entry: the problem's title and the fields it names, never the values or
/// the detail text (which may name a patient).
/// </summary>
public static class RefusalReason
{
    private const string Key = "audit:refusal";

    /// <summary>Called for every problem the app writes; keeps what the refused attempt's entry says.</summary>
    public static void Remember(HttpContext http, ProblemDetails problem)
    {
        var fields = problem is HttpValidationProblemDetails validation && validation.Errors.Count > 0
            ? $" ({string.Join(", ", validation.Errors.Keys)})"
            : "";
        http.Items[Key] = $"HTTP {problem.Status ?? http.Response.StatusCode}: {problem.Title}{fields}";
    }

    public static string Of(HttpContext http)
    {
        var reason = http.Items.TryGetValue(Key, out var value) && value is string text
            ? text
            : $"HTTP {http.Response.StatusCode}";
        return reason.Length <= 2000 ? reason : reason[..2000];
    }
}
