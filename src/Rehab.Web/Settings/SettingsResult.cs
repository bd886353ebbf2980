namespace Rehab.Web.Settings;

/// <summary>A record a settings read or write names that the caller may not see or that does not exist.</summary>
/// <param name="Field">The request field that named it, so a page can show the message there.</param>
public sealed record SettingsNotFound(string Field, string Title, string Detail)
{
    public static readonly SettingsNotFound Clinic = new("clinicId", "Clinic not found", "No clinic with this id exists that you may see.");
    public static readonly SettingsNotFound User = new("userId", "User not found", "No user with this id exists that you may see.");

    public static SettingsNotFound Payer(string field = "payerId") =>
        new(field, "Payer not found", "No payer with this id exists in your company.");

    public Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult ToProblem() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: Title, detail: Detail);
}

/// <summary>
/// What a settings read or write the API and the pages share came to: the value, the request's fields that are wrong
/// (keyed by their camel-case names), or the record that was not found.
/// </summary>
public sealed record SettingsResult<T>
    where T : class
{
    public T? Value { get; internal init; }
    public IDictionary<string, string[]>? Errors { get; internal init; }
    public SettingsNotFound? NotFound { get; internal init; }
}

public static class SettingsResult
{
    public static SettingsResult<T> Ok<T>(T value) where T : class => new() { Value = value };

    public static SettingsResult<T> Invalid<T>(IDictionary<string, string[]> errors) where T : class => new() { Errors = errors };

    public static SettingsResult<T> Missing<T>(SettingsNotFound notFound) where T : class => new() { NotFound = notFound };
}
