namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// NCCI procedure-to-procedure edits on a day's lines. Indicator 0: the column-2 code is refused. Indicator 1:
/// the column-2 code gets the 59 or X modifier the clinician chose when they attest a distinct service and the payer
/// accepts that modifier; without both it bills 0 units (<see cref="DistinctServiceAttestation"/>). Indicator 9, and
/// edits not in force on the date of service, are ignored.
/// </summary>
public static class NcciPairRule
{
    /// <summary>Chiropractic manipulative treatment, whose pairs are distinct only on a different region.</summary>
    public static bool IsChiropracticManipulation(ProcedureCode code) => code.Value is "98940" or "98941" or "98942";

    internal static void Apply(ModifierRequest request, IReadOnlyList<LineDraft> lines)
    {
        if (!request.Payer.AppliesCciEdits)
        {
            foreach (var line in lines.Where(l => l.IsBilled && l.Line.ChosenModifiers.Count > 0))
                line.Explanations.Add($"{string.Join(", ", line.Line.ChosenModifiers)} left off {line.Code}: {request.Payer.PayerName} " +
                    "does not apply NCCI edits.");
            return;
        }
        var table = request.Edits ?? NcciEditTable.Seed;
        var billed = lines.Where(l => l.IsBilled && !l.IsRefused).ToList();
        var pairs = billed
            .SelectMany(column2 => billed
                .Where(column1 => column1 != column2)
                .Select(column1 => (Column1: column1, Column2: column2, Edit: table.InEffect(column1.Code, column2.Code, request.DateOfService)))
                .Where(p => p.Edit is { ModifierIndicator: not NcciModifierIndicator.NotApplicable }))
            .ToList();

        foreach (var (column1, column2, edit) in pairs.Where(p => p.Edit!.ModifierIndicator == NcciModifierIndicator.NotAllowed))
            column2.Refusals.Add($"{column2.Code} cannot be billed with {column1.Code} on the same day: the NCCI edit on the pair allows " +
                $"no modifier (indicator 0), so {column2.Code} would be denied. Bill {column1.Code} only{Rationale(edit!)}.");

        // refusals first, so that which lines keep a modifier does not depend on the order they were entered in
        var allowed = pairs.Where(p => p.Edit!.ModifierIndicator == NcciModifierIndicator.Allowed && !p.Column1.IsRefused && !p.Column2.IsRefused)
            .GroupBy(p => p.Column2, p => p.Column1)
            .ToDictionary(g => g.Key, g => g.ToList());
        DistinctServiceAttestation.Withhold(allowed);
        foreach (var (column2, column1s) in allowed.Where(g => g.Key.IsBilled))
        {
            var billedColumn1s = column1s.Where(c => c.IsBilled).ToList();
            if (billedColumn1s.Count > 0)
                Bypass(request.Payer, column2, billedColumn1s);
        }

        foreach (var line in billed.Where(l => l.Line.ChosenModifiers.Count > 0 && pairs.All(p => p.Column2 != l)))
            line.Explanations.Add($"{string.Join(", ", line.Line.ChosenModifiers)} left off {line.Code}: no NCCI edit in force on this date " +
                "pairs it with another code billed today.");
    }

    private static void Bypass(PayerModifierSettings payer, LineDraft column2, List<LineDraft> column1s)
    {
        var codes = string.Join(" and ", column1s.Select(c => c.Code));
        var modifier = column2.Line.ChosenModifiers.First(m => m.IsDistinctService);
        if (!payer.EnabledModifiers.Contains(modifier))
        {
            var enabled = Modifier.DistinctService.Where(payer.EnabledModifiers.Contains).ToList();
            column2.Warnings.Add($"{column2.Code} will be denied with {codes} at {payer.PayerName}: the NCCI edit needs 59 or an X modifier, " +
                $"and {modifier} is not enabled for {payer.PayerName}. " +
                (enabled.Count > 0
                    ? $"Choose one it accepts ({string.Join(", ", enabled)}) or enable {modifier} in the payer's settings."
                    : "Enable the modifier the payer accepts in its settings."));
            return;
        }
        column2.Add(modifier,
            $"{modifier} on {column2.Code}, as chosen: NCCI pairs it with {codes} (column 1) and allows a modifier " +
            "when the services are distinct, and the note attests it was " +
            $"{DistinctServiceAttestation.What(column2, column1s)} (MLN1783722).");
    }

    private static string Rationale(NcciEdit edit) =>
        string.IsNullOrWhiteSpace(edit.Rationale) ? "" : $" (CMS rationale: {edit.Rationale})";
}
