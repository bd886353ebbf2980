namespace Rehab.Core.Common;

/// <summary>A rule's answer: allowed, or every problem that stands in the way.</summary>
public record Decision(IReadOnlyList<Problem> Problems)
{
    public static Decision Allowed { get; } = new(Array.Empty<Problem>());

    /// <summary>Allowed, with what to record.</summary>
    public static Decision<T> Allow<T>(T value) where T : class => new(value, []);

    /// <summary>Refused for these problems; there must be at least one.</summary>
    public static Decision<T> Refuse<T>(IReadOnlyList<Problem> problems) where T : class =>
        problems.Count > 0 ? new(null, problems) : throw new ArgumentException("A refusal needs at least one problem.", nameof(problems));

    public bool IsAllowed => Problems.Count == 0;

    /// <summary>The most serious kind among the problems: not permitted, then conflict, then invalid.</summary>
    public ProblemKind? Kind =>
        IsAllowed ? null
        : Problems.Any(p => p.Kind == ProblemKind.NotPermitted) ? ProblemKind.NotPermitted
        : Problems.Any(p => p.Kind == ProblemKind.Conflict) ? ProblemKind.Conflict
        : ProblemKind.Invalid;

    /// <summary>The problems by field, as a ProblemDetails "errors" member carries them.</summary>
    public IDictionary<string, string[]> ToDictionary() => Problem.ToDictionary(Problems);
}

/// <summary>A rule's answer with what to record when it allows the request.</summary>
public sealed record Decision<T>(T? Value, IReadOnlyList<Problem> Problems) : Decision(Problems) where T : class;
