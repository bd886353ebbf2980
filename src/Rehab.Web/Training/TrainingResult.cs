namespace Rehab.Web.Training;

/// <summary>What a training use case answers: a value, or a refusal with its status, words and the fields concerned.</summary>
public sealed record TrainingResult<T>(T? Value, int Status, string? Title = null, string? Detail = null,
    IDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Status is >= 200 and < 300;
}

public static class TrainingResult
{
    public static TrainingResult<T> Ok<T>(T value, int status = StatusCodes.Status200OK) => new(value, status);

    public static TrainingResult<T> Invalid<T>(IDictionary<string, string[]> errors) =>
        new(default, StatusCodes.Status400BadRequest, "The request has invalid fields", null, errors);

    public static TrainingResult<T> Conflict<T>(string title, string field, string message) =>
        new(default, StatusCodes.Status409Conflict, title, message, new Dictionary<string, string[]> { [field] = [message] });

    public static TrainingResult<T> NotFound<T>(string title, string detail) => new(default, StatusCodes.Status404NotFound, title, detail);

    public static TrainingResult<T> Forbidden<T>(string detail) => new(default, StatusCodes.Status403Forbidden, "Not allowed", detail);
}
