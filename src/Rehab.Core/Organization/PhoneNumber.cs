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

    private static string? Digits(string? text)
    {
        if (text is null || text.Any(c => !(char.IsAsciiDigit(c) || " ()-.+".Contains(c))))
            return null;
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 11 && digits[0] == '1') digits = digits[1..];
        return digits.Length == 10 && digits[0] is >= '2' and <= '9' ? digits : null;
    }
}
