using Rehab.Core.Common;

namespace Rehab.Core.Cases;

/// <summary>
/// An ICD-10-CM diagnosis code: a letter, a digit, a letter or digit (the category), then optionally a dot and
/// one to four letters or digits. Accepted with or without the dot and in any case; kept dotted and upper-case,
/// such as M54.50 or S83.511A. Only the form is checked, not that the code is in this year's code set.
/// </summary>
public readonly record struct Icd10Code
{
    public const string Rule =
        "An ICD-10-CM code is a letter, a digit, a letter or digit, then optionally a dot and 1 to 4 letters or digits, such as M54.50 or S83.511A.";

    /// <summary>Diagnoses a CMS-1500 claim holds: box 21, A to L.</summary>
    public const int MaxPerClaim = 12;

    public string Value { get; }

    private Icd10Code(string value) => Value = value;

    /// <summary>The category: the three characters before the dot.</summary>
    public string Category => Value[..3];

    public static bool TryParse(string? text, out Icd10Code code)
    {
        code = default;
        var s = text?.Trim().ToUpperInvariant();
        if (s is null || s.Length < 3)
            return false;
        if (!char.IsAsciiLetterUpper(s[0]) || !char.IsAsciiDigit(s[1]) || !IsLetterOrDigit(s[2]))
            return false;
        var rest = s.Length > 3 && s[3] == '.' ? s[4..] : s[3..];
        if (s.Length > 3 && rest.Length is 0 or > 4 || !rest.All(IsLetterOrDigit))
            return false;
        code = new Icd10Code(rest.Length == 0 ? s : $"{s[..3]}.{rest}");
        return true;
    }

    /// <summary>The code, or the reason the text is not one.</summary>
    public static bool TryParse(string? text, out Icd10Code code, out string? error)
    {
        error = TryParse(text, out code) ? null
            : string.IsNullOrWhiteSpace(text) ? "A diagnosis code is required."
            : $"'{text.Trim()}' is not an ICD-10-CM code. {Rule}";
        return error is null;
    }

    public static Icd10Code Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>
    /// Checks an ordered list of codes entered as text: each must be a code, none may repeat (with or without its
    /// dot), and there may be at most <see cref="MaxPerClaim"/>. Field names are <c>field[i]</c>.
    /// </summary>
    internal static void ValidateList(ValidationErrors errors, string field, IReadOnlyList<string>? codes)
    {
        if (codes is null)
            return;
        if (codes.Count > MaxPerClaim)
            errors.Add(field, $"At most {MaxPerClaim} diagnoses: a claim has room for {MaxPerClaim} (CMS-1500 box 21, A to L).");
        var seen = new Dictionary<Icd10Code, int>();
        for (var i = 0; i < codes.Count; i++)
        {
            if (!TryParse(codes[i], out var code, out var error))
                errors.Add($"{field}[{i}]", error!);
            else if (!seen.TryAdd(code, i))
                errors.Add($"{field}[{i}]", $"{code} is already diagnosis {seen[code] + 1}; list each diagnosis once.");
        }
    }

    /// <summary>The codes of a list that passed <see cref="ValidateList"/>, in order.</summary>
    internal static IReadOnlyList<Icd10Code> ParseList(IReadOnlyList<string>? codes) => codes?.Select(Parse).ToList() ?? [];

    private static bool IsLetterOrDigit(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);

    public override string ToString() => Value ?? "";
}
