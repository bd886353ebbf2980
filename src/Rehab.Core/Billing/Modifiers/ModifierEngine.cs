namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// Decides the modifiers of a patient's therapy lines for one date of service and one payer, and splits a
/// line in two where only some of its units carry CQ or CO.
/// </summary>
public static class ModifierEngine
{
    public static ModifierOutcome Apply(ModifierRequest request)
    {
        foreach (var line in request.Lines)
        {
            if (line.Units < 0 || line.TherapistMinutes < 0 || line.AssistantMinutes < 0)
                throw new ArgumentException($"{line.Code}: units and minutes cannot be negative.", nameof(request));
            if (line.ChosenModifiers.Any(m => !m.IsDistinctService))
                throw new ArgumentException($"{line.Code}: a chosen modifier is not 59, XE, XS, XP or XU.", nameof(request));
        }

        var lines = request.Lines.Select(l => new LineDraft(l)).ToList();
        var visitWarnings = new List<string>();
        foreach (var line in lines.Where(l => !l.IsBilled))
            line.Explanations.Add($"{line.Code} has no units billed, so it does not go on the claim.");

        DisciplineModifierRule.Apply(request, lines);
        DistinctModifierChoiceRule.Apply(request, lines);
        EvaluationPerDayRule.Apply(request, lines);
        NcciPairRule.Apply(request, lines);
        var kxUndecided = ThresholdModifierRule.Apply(request, lines, visitWarnings);
        return new(lines.SelectMany(l => AssistantModifierRule.Apply(request, l)).ToList(), visitWarnings)
        {
            KxUndecided = kxUndecided,
        };
    }
}
