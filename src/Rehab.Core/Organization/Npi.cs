namespace Rehab.Core.Organization;

/// <summary>
/// National Provider Identifier: ten digits whose last is a Luhn check digit computed over the
/// prefix 80840 and the first nine digits (45 CFR 162.406; CMS NPI check-digit standard).
/// </summary>
public readonly record struct Npi
{
    /// <summary>What a valid NPI looks like, in the words an error message uses.</summary>
    public const string Rule = "NPI must be ten digits with a valid check digit.";

    public string Value { get; }

    private Npi(string value) => Value = value;

    public static bool TryParse(string? text, out Npi npi)
    {
        npi = default;
        var digits = text?.Trim();
        if (digits is null || digits.Length != 10 || !digits.All(char.IsAsciiDigit) || !HasValidCheckDigit(digits))
            return false;
        npi = new Npi(digits);
        return true;
    }

    public static Npi Parse(string text) =>
        TryParse(text, out var npi) ? npi : throw new FormatException(Rule);

    private static bool HasValidCheckDigit(string digits)
    {
        var sum = 24; // the Luhn contribution of the constant prefix 80840
        for (var i = 8; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if ((8 - i) % 2 == 0)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        var check = (10 - sum % 10) % 10;
        return check == digits[9] - '0';
    }

    public override string ToString() => Value;
}
