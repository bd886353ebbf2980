namespace Rehab.Core.Organization;

/// <summary>A federal Employer Identification Number, written NN-NNNNNNN.</summary>
public readonly record struct TaxId
{
    public string Value { get; }

    private TaxId(string value) => Value = value;

    public static bool TryParse(string? text, out TaxId taxId)
    {
        taxId = default;
        var digits = new string((text ?? "").Where(c => c != '-' && !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit) || (text ?? "").Count(c => c == '-') > 1)
            return false;
        taxId = new TaxId($"{digits[..2]}-{digits[2..]}");
        return true;
    }

    public static TaxId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException("A tax id is nine digits, written NN-NNNNNNN.");

    public override string ToString() => Value;
}
