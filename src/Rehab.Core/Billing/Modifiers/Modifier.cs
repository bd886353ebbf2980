namespace Rehab.Core.Billing.Modifiers;

/// <summary>A two-character CPT or HCPCS modifier on a claim line, such as GP or 59.</summary>
public readonly record struct Modifier
{
    public string Code { get; }

    private Modifier(string code) => Code = code;

    /// <summary>Physical therapy plan of care.</summary>
    public static readonly Modifier GP = new("GP");
    /// <summary>Occupational therapy plan of care.</summary>
    public static readonly Modifier GO = new("GO");
    /// <summary>Speech-language pathology plan of care.</summary>
    public static readonly Modifier GN = new("GN");
    /// <summary>Physical therapy furnished in whole or in part by a physical therapist assistant.</summary>
    public static readonly Modifier CQ = new("CQ");
    /// <summary>Occupational therapy furnished in whole or in part by an occupational therapy assistant.</summary>
    public static readonly Modifier CO = new("CO");
    /// <summary>59, distinct procedural service.</summary>
    public static readonly Modifier DistinctProcedural = new("59");
    /// <summary>Separate encounter.</summary>
    public static readonly Modifier XE = new("XE");
    /// <summary>Separate organ or structure.</summary>
    public static readonly Modifier XS = new("XS");
    /// <summary>Separate practitioner.</summary>
    public static readonly Modifier XP = new("XP");
    /// <summary>Unusual non-overlapping service.</summary>
    public static readonly Modifier XU = new("XU");
    /// <summary>Therapy threshold passed; medical necessity documented.</summary>
    public static readonly Modifier KX = new("KX");

    /// <summary>59 and its more specific subsets XE, XS, XP and XU, which bypass an NCCI edit (CR 8863).</summary>
    public static readonly IReadOnlyList<Modifier> DistinctService = [DistinctProcedural, XE, XS, XP, XU];

    public bool IsDistinctService => DistinctService.Contains(this);

    public bool IsX => this == XE || this == XS || this == XP || this == XU;

    public static bool TryParse(string? text, out Modifier modifier)
    {
        modifier = default;
        var s = text?.Trim().ToUpperInvariant();
        if (s is not { Length: 2 } || !s.All(char.IsAsciiLetterOrDigit))
            return false;
        modifier = new Modifier(s);
        return true;
    }

    public static Modifier Parse(string text) =>
        TryParse(text, out var modifier) ? modifier : throw new FormatException($"'{text}' is not a two-character modifier.");

    public override string ToString() => Code ?? "";
}
