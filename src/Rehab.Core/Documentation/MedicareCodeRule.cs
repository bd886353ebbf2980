using Rehab.Core.Billing;
using Rehab.Core.Common;

namespace Rehab.Core.Documentation;

/// <summary>
/// Codes a claim to Medicare takes otherwise than other payers: a code Medicare does not recognize is refused with the
/// code it takes instead (97014 → G0283), and a bundled code (MPFS status B, such as 97010) is recorded but billed as
/// 0 units, since Medicare pays it as part of the other services of the day.
/// </summary>
public static class MedicareCodeRule
{
    /// <summary>What the line must be instead on a Medicare claim, or null when Medicare takes the code.</summary>
    public static Problem? Refusal(ChargeLineDraft charge, int index, CodeCatalog catalog) =>
        Find(charge, catalog) is { MedicareReplacement: { } replacement } code
            ? new($"charges[{index}].code",
                $"Medicare does not pay {code.Code}; bill {replacement} " +
                $"({catalog.Find(replacement)?.Descriptor ?? "its Medicare code"}) instead.")
            : null;

    /// <summary>Why the line bills 0 units on a Medicare claim, or null when it is paid separately.</summary>
    public static string? Bundled(ChargeLineDraft charge, CodeCatalog catalog) =>
        Find(charge, catalog) is { MedicareBundled: true } code
            ? $"0 units: Medicare bundles {code.Code} ({code.Descriptor}) into the day's other services " +
              "(fee-schedule status B), so it is recorded but not billed."
            : null;

    private static BillingCode? Find(ChargeLineDraft charge, CodeCatalog catalog) =>
        ProcedureCode.TryParse(charge.Code?.Trim().ToUpperInvariant(), out var code) ? catalog.Find(code) : null;
}
