namespace Rehab.Core.Billing;

/// <summary>
/// A CPT code (five digits, or four digits and a letter for category II/III) or a HCPCS Level II code
/// (a letter and four digits), as billed on a claim line.
/// </summary>
public readonly record struct ProcedureCode
{
    /// <summary>What a code looks like, in the words an error message uses.</summary>
    public const string Rule = "Code must be a CPT code (five digits, or four digits and F, T or U) or a HCPCS code (a letter and four digits).";

    public string Value { get; }

    private ProcedureCode(string value) => Value = value;

    public static bool TryParse(string? text, out ProcedureCode code)
    {
        code = default;
        var s = text?.Trim().ToUpperInvariant();
        if (s is not { Length: 5 })
            return false;
        var cpt = s.Take(4).All(char.IsAsciiDigit) && (char.IsAsciiDigit(s[4]) || s[4] is 'F' or 'T' or 'U');
        var hcpcs = char.IsAsciiLetterUpper(s[0]) && s.Skip(1).All(char.IsAsciiDigit);
        if (!cpt && !hcpcs)
            return false;
        code = new ProcedureCode(s);
        return true;
    }

    public static ProcedureCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a CPT or HCPCS code.");

    public override string ToString() => Value ?? "";
}
