namespace Rehab.Core.Common;

/// <summary>Field-named, plain-language problems with a request, collected before anything is saved.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
    }

    public void Required(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(field, $"{label} is required.");
        else
            MaxLength(field, value, label, maxLength);
    }

    public void MaxLength(string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
            Add(field, $"{label} must be at most {maxLength} characters.");
    }

    /// <summary>Each message as a problem of the given kind, field by field in the order first added.</summary>
    public IEnumerable<Problem> ToProblems(ProblemKind kind = ProblemKind.Invalid) =>
        _errors.SelectMany(e => e.Value.Select(m => new Problem(e.Key, m, kind)));

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
