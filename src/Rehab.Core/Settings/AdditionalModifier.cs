namespace Rehab.Core.Settings;

/// <summary>A modifier the company lets users pick in the charge summary on payers that enable it.</summary>
public sealed record AdditionalModifier(string Code, string Description)
{
    public static readonly IReadOnlyList<AdditionalModifier> DefaultSeed =
    [
        new("59", "Distinct procedural service"),
        new("XE", "Separate encounter"),
        new("XS", "Separate structure/organ"),
        new("XP", "Separate practitioner"),
        new("XU", "Unusual non-overlapping service"),
        new("KX", "Medically necessary above the therapy threshold"),
        new("CQ", "Furnished in whole or in part by a PTA"),
        new("CO", "Furnished in whole or in part by a COTA"),
        new("GA", "Waiver of liability (ABN) on file"),
        new("GY", "Statutorily excluded or not a Medicare benefit"),
        new("GZ", "Expected to be denied as not reasonable and necessary; no ABN"),
    ];

    internal static bool SameCode(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
