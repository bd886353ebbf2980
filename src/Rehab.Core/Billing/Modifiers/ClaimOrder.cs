namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// The order modifiers are written on a claim line: discipline, then assistant (CMS writes 97110-GP-CQ in its
/// CQ/CO billing examples), then 59 or X, then KX, such as 97530-GP-CQ-59-KX. That is at most four, the
/// modifier slots of one CMS-1500 line.
/// </summary>
public static class ClaimOrder
{
    public static IReadOnlyList<Modifier> Sort(IEnumerable<Modifier> modifiers) =>
        modifiers.Distinct().OrderBy(Rank).ToList();

    private static int Rank(Modifier m) =>
        m == Modifier.GP || m == Modifier.GO || m == Modifier.GN ? 0
        : m == Modifier.CQ || m == Modifier.CO ? 1
        : m.IsDistinctService ? 2
        : m == Modifier.KX ? 3
        : 4;
}
