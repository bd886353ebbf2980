using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Core.Common;

namespace Rehab.Web.Patients;

/// <summary>
/// A refusal beyond the field checks: the record is not there for this user (404), or the data conflicts with
/// what is saved (409). <paramref name="Errors"/> names the fields concerned; <paramref name="Extensions"/> adds
/// facts an API client needs, never patient data.
/// </summary>
public sealed record ClinicalRefusal(int Status, string Title, string Detail,
    IDictionary<string, string[]>? Errors = null, IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public static ClinicalRefusal NotFound(string what) =>
        new(StatusCodes.Status404NotFound, $"{what} not found", $"No {what.ToLowerInvariant()} with this id exists that you may see.");

    public static ClinicalRefusal Conflict(string title, string field, string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(StatusCodes.Status409Conflict, title, message, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] }, extensions);

    public ProblemHttpResult ToProblem()
    {
        var extensions = new Dictionary<string, object?>(Extensions ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        if (Errors is not null)
            extensions["errors"] = Errors;
        return TypedResults.Problem(statusCode: Status, title: Title, detail: Detail, extensions: extensions);
    }
}

/// <summary>What saving patient, policy, case or referral data came to: the saved row, field errors (400), or a refusal.</summary>
public sealed record ClinicalSave<T>(T? Saved, IDictionary<string, string[]>? Errors, ClinicalRefusal? Refusal) where T : class
{
    public bool IsNotFound => Refusal?.Status == StatusCodes.Status404NotFound;

    /// <summary>Every problem by field, as a form shows it; a refusal without fields is shown at the top.</summary>
    public IDictionary<string, string[]> FieldErrors =>
        Errors ?? Refusal?.Errors ?? new Dictionary<string, string[]> { [""] = [Refusal?.Detail ?? ""] };
}

public static class ClinicalSave
{
    /// <summary>The API's answer to a save: the success result, 400 with the fields' problems, or the refusal's status.</summary>
    public static async Task<Results<TSuccess, ValidationProblem, ProblemHttpResult>> AnswerAsync<T, TSuccess>(
        this Task<ClinicalSave<T>> saving, Func<T, Task<TSuccess>> success) where T : class where TSuccess : IResult =>
        await saving switch
        {
            { Saved: { } saved } => await success(saved),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors),
            var refused => refused.Refusal!.ToProblem(),
        };

    public static Task<Results<TSuccess, ValidationProblem, ProblemHttpResult>> AnswerAsync<T, TSuccess>(
        this Task<ClinicalSave<T>> saving, Func<T, TSuccess> success) where T : class where TSuccess : IResult =>
        saving.AnswerAsync(saved => Task.FromResult(success(saved)));

    public static ClinicalSave<T> Done<T>(T saved) where T : class => new(saved, null, null);

    public static ClinicalSave<T> Invalid<T>(ValidationErrors errors) where T : class => new(null, errors.ToDictionary(), null);

    public static ClinicalSave<T> Refused<T>(ClinicalRefusal refusal) where T : class => new(null, null, refusal);
}
