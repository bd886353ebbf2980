namespace Rehab.Web.Pages.Shared;

/// <summary>One labelled input or select with its hint and its errors, rendered by the _Field partial.</summary>
public sealed record FormField(string Id, string Name, string Label, string? Value, IReadOnlyList<string> Errors)
{
    public string Type { get; init; } = "text";
    public string? Hint { get; init; }
    public string? Autocomplete { get; init; }
    public string? InputMode { get; init; }
    public bool Required { get; init; }
    /// <summary>Whether the label says "(optional)" when the field is not required; filters leave it off.</summary>
    public bool MarkOptional { get; init; } = true;
    public int? MaxLength { get; init; }
    /// <summary>When set, the field is a select offering these choices.</summary>
    public IReadOnlyList<FieldOption>? Options { get; init; }

    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-error";
    public bool HasErrors => Errors.Count > 0;

    public string? DescribedBy => FieldIds.DescribedBy(Id, Hint is not null, HasErrors);

    public bool IsSelected(FieldOption option) => string.Equals(option.Value, Value?.Trim(), StringComparison.OrdinalIgnoreCase);
}

public sealed record FieldOption(string Value, string Text);

/// <summary>One labelled checkbox with its one-line explanation, rendered by the _Check partial; unchecked posts false.</summary>
public sealed record CheckField(string Id, string Name, string Label, bool Checked, string? Hint = null)
{
    public IReadOnlyList<string> Errors { get; init; } = [];

    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-error";
    public bool HasErrors => Errors.Count > 0;

    public string? DescribedBy => FieldIds.DescribedBy(Id, Hint is not null, HasErrors);
}

/// <summary>A group of radio buttons in a fieldset, each choice with its explanation, rendered by the _Radios partial.</summary>
/// <param name="Id">The fieldset's id, which error summaries link to; each button's id adds its value.</param>
public sealed record RadioField(string Id, string Name, string Legend, string? Value, IReadOnlyList<RadioOption> Options, IReadOnlyList<string> Errors)
{
    public string? Hint { get; init; }

    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-error";
    public bool HasErrors => Errors.Count > 0;

    public string? DescribedBy => FieldIds.DescribedBy(Id, Hint is not null, HasErrors);

    public string OptionId(RadioOption option) => $"{Id}-{(option.Value.Length > 0 ? option.Value : "none")}";

    public bool IsChecked(RadioOption option) => string.Equals(option.Value, Value?.Trim() ?? "", StringComparison.OrdinalIgnoreCase);
}

public sealed record RadioOption(string Value, string Text, string? Hint = null, bool Disabled = false);

/// <summary>The ids a field's hint and error message take, which its input names in aria-describedby.</summary>
internal static class FieldIds
{
    public static string? DescribedBy(string id, bool hasHint, bool hasErrors) =>
        (hasHint, hasErrors) switch
        {
            (true, true) => $"{id}-hint {id}-error",
            (true, false) => $"{id}-hint",
            (false, true) => $"{id}-error",
            _ => null,
        };
}
