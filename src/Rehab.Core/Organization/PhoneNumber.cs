using Rehab.Core.Common;

namespace Rehab.Core.Organization;

/// <summary>A North American phone number, stored as (NPA) NXX-XXXX.</summary>
public static class PhoneNumber
{
    public static bool IsValid(string? text) => Digits(text) is not null;

    public static string Format(string text)
    {
        var d = Digits(text) ?? throw new FormatException("A phone number has ten digits.");
        return $"({d[..3]}) {d[3..6]}-{d[6..]}";
    }

    /// <summary>The number in (NPA) NXX-XXXX form, or null when none was entered. Call only after <see cref="Validate"/> passed.</summary>
    public static string? FormatOptional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Format(text);

    /// <summary>An optional number: when one is entered it must be a valid one.</summary>
    internal static void Validate(ValidationErrors errors, string field, string? text, string label = "Phone")
    {
        if (!string.IsNullOrWhiteSpace(text) && !IsValid(text))
            errors.Add(field, $"{label} must be a 10-digit US number, such as (602) 555-0100.");
    }

    private static string? Digits(string? text)
    {
        if (text is null || text.Any(c => !(char.IsAsciiDigit(c) || " ()-.+".Contains(c))))
            return null;
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 11 && digits[0] == '1') digits = digits[1..];
        return digits.Length == 10 && digits[0] is >= '2' and <= '9' ? digits : null;
    }
}
