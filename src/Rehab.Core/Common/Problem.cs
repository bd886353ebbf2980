namespace Rehab.Core.Common;

/// <summary>What kind of refusal a problem is, so that an endpoint can answer with the right status.</summary>
public enum ProblemKind
{
    /// <summary>The content breaks a rule (422).</summary>
    Invalid,
    /// <summary>The record's state, or another record's, does not allow it now (409).</summary>
    Conflict,
    /// <summary>The user may not do it (403).</summary>
    NotPermitted,
}

/// <summary>One reason a request is refused: the field it concerns and, in the clinic's words, what is wrong.</summary>
public sealed record Problem(string Field, string Message, ProblemKind Kind = ProblemKind.Invalid)
{
    /// <summary>Messages grouped by field, in the order the problems were found.</summary>
    public static IDictionary<string, string[]> ToDictionary(IEnumerable<Problem> problems) =>
        problems.GroupBy(p => p.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
}
