namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// One PT evaluation or re-evaluation (97161-97164) and one OT evaluation or re-evaluation (97165-97168) per
/// patient per day at most (NCCI Policy Manual Ch. XI).
/// </summary>
public static class EvaluationPerDayRule
{
    public static bool IsPhysicalTherapyEvaluation(ProcedureCode code) => InRange(code, "97161", "97164");

    public static bool IsOccupationalTherapyEvaluation(ProcedureCode code) => InRange(code, "97165", "97168");

    internal static void Apply(ModifierRequest request, IEnumerable<LineDraft> lines)
    {
        if (!request.Payer.AppliesCciEdits)
            return;
        var billed = lines.Where(l => l.IsBilled && !l.IsRefused).ToList();
        Check(billed.Where(l => IsPhysicalTherapyEvaluation(l.Code)).ToList(), "PT");
        Check(billed.Where(l => IsOccupationalTherapyEvaluation(l.Code)).ToList(), "OT");
    }

    private static void Check(List<LineDraft> evaluations, string discipline)
    {
        if (evaluations.Count == 0)
            return;
        var first = evaluations[0];
        if (first.Line.Units > 1)
            first.Refusals.Add($"{first.Code} is billed with {first.Line.Units} units: an evaluation or re-evaluation is one unit, " +
                $"and only one {discipline} evaluation or re-evaluation may be billed per patient per day (NCCI Policy Manual Ch. XI).");
        foreach (var later in evaluations.Skip(1))
            later.Refusals.Add($"Only one {discipline} evaluation or re-evaluation may be billed per patient per day, and {first.Code} " +
                $"is already on this date: remove {later.Code} (NCCI Policy Manual Ch. XI).");
    }

    private static bool InRange(ProcedureCode code, string first, string last) =>
        string.CompareOrdinal(code.Value, first) >= 0 && string.CompareOrdinal(code.Value, last) <= 0;
}
