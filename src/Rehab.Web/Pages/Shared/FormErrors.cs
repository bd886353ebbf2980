using Microsoft.AspNetCore.Mvc.ModelBinding;

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

    /// <summary>
    /// Posted values the model binder could not read (a word in a number field), each under its field's camel-case id with
    /// the page's message for it, so a form is never saved with a value the user did not enter.
    /// </summary>
    /// <param name="prefix">The bound property's name, such as Input.</param>
    public void AddUnreadable(ModelStateDictionary modelState, string prefix, IReadOnlyDictionary<string, string> messages)
    {
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count == 0 || !key.StartsWith(prefix + ".", StringComparison.Ordinal))
                continue;
            var name = key[(prefix.Length + 1)..];
            var field = char.ToLowerInvariant(name[0]) + name[1..];
            if (messages.TryGetValue(field, out var message))
                Add(field, message);
        }
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
