namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// 59 is for a distinct service that no X modifier describes better; it never goes on a line together with
/// XE, XS, XP or XU (CR 8863, MLN1783722), and a line carries one of them at most.
/// </summary>
internal static class DistinctModifierChoiceRule
{
    public static void Apply(ModifierRequest request, IEnumerable<LineDraft> lines)
    {
        if (!request.Payer.AppliesCciEdits)
            return;
        foreach (var line in lines.Where(l => l.IsBilled))
        {
            var chosen = line.Line.ChosenModifiers.Distinct().ToList();
            if (chosen.Contains(Modifier.DistinctProcedural) && chosen.Any(m => m.IsX))
                line.Refusals.Add($"{line.Code} has both 59 and {string.Join(", ", chosen.Where(m => m.IsX))}: they never go on one line. " +
                    "Keep the X modifier that says why the service was distinct, or 59 only when none does (CR 8863, MLN1783722).");
            else if (chosen.Count(m => m.IsX) > 1)
                line.Refusals.Add($"{line.Code} has {string.Join(" and ", chosen)}: choose the one X modifier that says why the service was distinct.");
        }
    }
}
