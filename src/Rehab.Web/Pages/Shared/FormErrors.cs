namespace Rehab.Web.Pages.Shared;

/// <summary>What is wrong with a submitted form, by field, in the words shown next to each field.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var messages) ? messages : [];

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
            _byField[field] = messages = [];
        messages.Add(message);
    }

    public void AddAll(IEnumerable<KeyValuePair<string, string[]>> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                Add(field, message);
    }

    /// <summary>Errors in the order the fields appear on the page, then any that belong to no field.</summary>
    public IEnumerable<(string Field, string Message)> InOrder(IReadOnlyList<string> fieldOrder) =>
        _byField.OrderBy(e => Position(fieldOrder, e.Key)).SelectMany(e => e.Value.Select(m => (e.Key, m)));

    private static int Position(IReadOnlyList<string> fieldOrder, string field)
    {
        for (var i = 0; i < fieldOrder.Count; i++)
            if (fieldOrder[i] == field)
                return i;
        return int.MaxValue;
    }
}

/// <summary>The summary at the top of a form: every error, linked to its field when the field is on the page.</summary>
public sealed record ErrorSummary(FormErrors Errors, IReadOnlyList<string> Fields);
