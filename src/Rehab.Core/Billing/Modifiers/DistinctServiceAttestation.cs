namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// 59 and XE, XS, XP, XU are never added by the engine: a modifier may not be added only to get past an edit
/// (NCCI Policy Manual Ch. I §E; MLN1783722). The column-2 code of a pair with modifier indicator 1, timed or
/// untimed, is billed only when the clinician attests the distinct service on its line and chooses the modifier;
/// otherwise it goes on the claim with 0 units and the reason, and the column-1 code alone is billed.
/// </summary>
internal static class DistinctServiceAttestation
{
    /// <summary>
    /// Withholds each column-2 line that lacks the attestation or the modifier. A line's pairs are decided after those
    /// of its column-1 codes, so a column-1 code that is itself withheld asks nothing of it, whatever the line order.
    /// </summary>
    public static void Withhold(IReadOnlyDictionary<LineDraft, List<LineDraft>> column1sByColumn2)
    {
        var undecided = column1sByColumn2.Keys.ToHashSet();
        while (undecided.Count > 0)
        {
            var ready = undecided.Where(c2 => column1sByColumn2[c2].All(c1 => !undecided.Contains(c1))).ToList();
            if (ready.Count == 0)
                ready = [.. undecided]; // pairs in a cycle are decided together
            var billed = ready.ToDictionary(c2 => c2, c2 => column1sByColumn2[c2].Where(c1 => c1.IsBilled).ToList());
            foreach (var (column2, column1s) in billed.Where(b => b.Value.Count > 0))
                if (Reason(column2, column1s) is { } reason)
                    column2.Withheld.Add(reason);
            undecided.ExceptWith(ready);
        }
    }

    /// <summary>What the attestation says of the service, in the words of the rule that applies to the pair.</summary>
    public static string What(LineDraft column2, IEnumerable<LineDraft> column1s) =>
        column1s.Any(c => NcciPairRule.IsChiropracticManipulation(c.Code)) ? "done on a different body region"
        : column2.Line.Timed && column1s.Any(c => c.Line.Timed) ? "done in separate 15-minute time blocks"
        : "a distinct service";

    private static string? Reason(LineDraft column2, List<LineDraft> column1s)
    {
        var codes = string.Join(" and ", column1s.Select(c => c.Code));
        var chosen = column2.Line.ChosenModifiers.Any(m => m.IsDistinctService);
        if (column2.Line.SeparateBlockOrRegion && chosen)
            return null;
        var source = column1s.Any(c => NcciPairRule.IsChiropracticManipulation(c.Code)) ? "NCCI Policy Manual Ch. XI"
            : "MLN1783722; NCCI Policy Manual Ch. I §E";
        var missing = column2.Line.SeparateBlockOrRegion
            ? "the distinct service is attested, but no modifier is chosen"
            : $"the note does not attest it was {What(column2, column1s)}";
        return $"{column2.Code} is not billed (0 units): NCCI pairs it with {codes} " +
            $"(column 1, modifier indicator 1), and {missing}. " +
            "59 or an X modifier is never added for you. " +
            $"If the note shows it, attest it on the {column2.Code} line and choose " +
            $"59, XE, XS, XP or XU; otherwise only {codes} is billed ({source}).";
    }
}
