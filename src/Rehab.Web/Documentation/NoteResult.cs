using Rehab.Core.Common;

namespace Rehab.Web.Documentation;

/// <summary>What a note use case answers: a value, or a refusal with its status, words and the fields concerned.</summary>
public sealed record NoteResult<T>(T? Value, int Status, string? Title = null, string? Detail = null,
    IDictionary<string, string[]>? Errors = null, IDictionary<string, object?>? Extensions = null)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The same refusal for another kind of value.</summary>
    public NoteResult<TOther> As<TOther>() => Succeeded
        ? throw new InvalidOperationException("Only a refusal changes its value type.")
        : new(default, Status, Title, Detail, Errors, Extensions);

    /// <summary>The refusal as the API answers it: 400 with the fields, or a problem with its status and the fields under errors.</summary>
    public IResult ToProblem()
    {
        if (Status == StatusCodes.Status400BadRequest && Errors is not null)
            return TypedResults.ValidationProblem(Errors, Detail, title: Title);
        var extensions = new Dictionary<string, object?>(Extensions ?? new Dictionary<string, object?>());
        if (Errors is not null)
            extensions["errors"] = Errors;
        return TypedResults.Problem(statusCode: Status, title: Title, detail: Detail, extensions: extensions);
    }

    /// <summary>The messages a page shows, by field.</summary>
    public IEnumerable<KeyValuePair<string, string[]>> Messages =>
        Errors is { Count: > 0 } errors ? errors : [new("form", [$"{Title}: {Detail}"])];
}

public static class NoteResult
{
    public static NoteResult<T> Ok<T>(T value, int status = StatusCodes.Status200OK) => new(value, status);

    public static NoteResult<T> Invalid<T>(IDictionary<string, string[]> errors) =>
        new(default, StatusCodes.Status400BadRequest, "The request has invalid fields", null, errors);

    public static NoteResult<T> Invalid<T>(string field, string message) => Invalid<T>(new Dictionary<string, string[]> { [field] = [message] });

    public static NoteResult<T> NotFound<T>(string what) =>
        new(default, StatusCodes.Status404NotFound, $"{what} not found", $"No {what.ToLowerInvariant()} with this id exists that you may see.");

    public static NoteResult<T> Forbidden<T>(string field, string message) =>
        new(default, StatusCodes.Status403Forbidden, "Not allowed", message, new Dictionary<string, string[]> { [field] = [message] });

    public static NoteResult<T> Conflict<T>(string title, string field, string message, IDictionary<string, object?>? extensions = null) =>
        new(default, StatusCodes.Status409Conflict, title, message, new Dictionary<string, string[]> { [field] = [message] }, extensions);

    /// <summary>
    /// A rule's refusal of an action: 403 when the user may not, 409 when the note's or case's state does not allow it
    /// now, 422 when the note breaks a rule; every problem listed by field.
    /// </summary>
    public static NoteResult<T> Refused<T>(Decision decision, string action)
    {
        var problems = decision.Problems;
        var (status, title) = decision.Kind switch
        {
            ProblemKind.NotPermitted => (StatusCodes.Status403Forbidden, "Not allowed"),
            ProblemKind.Conflict => (StatusCodes.Status409Conflict, $"The note cannot be {action} now"),
            _ => (StatusCodes.Status422UnprocessableEntity, $"The note cannot be {action} as it stands"),
        };
        var detail = problems.Count == 1 ? problems[0].Message : $"{problems.Count} problems, each listed under its field: " +
            string.Join(" ", problems.Select(p => p.Message));
        return new(default, status, title, detail, decision.ToDictionary());
    }

    /// <summary>An endpoint's answer: the value with the success status, or the refusal.</summary>
    public static IResult ToHttp<T>(this NoteResult<T> result, Func<T, string>? location = null) =>
        !result.Succeeded ? result.ToProblem()
        : result.Status == StatusCodes.Status201Created && location is not null ? TypedResults.Created(location(result.Value!), result.Value)
        : TypedResults.Ok(result.Value);
}
