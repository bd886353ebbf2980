using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;

namespace Rehab.Core.Documentation;

/// <summary>
/// A charge line of another finalized note of the patient, on the same date of service and in the same discipline,
/// with the units it billed.
/// </summary>
/// <param name="NoteName">The note it is on, as explanations name it, such as "Daily Note of 2026-03-04".</param>
/// <param name="Modifiers">The modifiers its claim lines carry.</param>
public sealed record BilledBefore(ChargeLineDraft Charge, int Units, string NoteName, IReadOnlyList<Modifier> Modifiers)
{
    internal BilledLine ToBilledLine(Discipline discipline, CodeCatalog catalog)
    {
        var code = ProcedureCode.Parse(Charge.Code!);
        var assistant = Charge.AssistantMinutes ?? 0;
        var timed = catalog.Find(code) is not { IsTimed: false };
        return new BilledLine(code, discipline, timed, Units, (Charge.Minutes ?? 0) - assistant, assistant,
            [.. Charge.ParsedModifiers()], Charge.SeparateBlockOrRegion);
    }
}

/// <summary>One date of service's units for a note, worked out against the day, and why.</summary>
/// <param name="Calculation">The day's units: this note's lines first, then those billed before.</param>
/// <param name="Units">Per line of the note (in the order given), the units it adds to the day.</param>
public sealed record VisitDayUnits(
    UnitCalculation Calculation, IReadOnlyList<int> Units, IReadOnlyList<string> Explanations,
    IReadOnlyList<BilledBefore> Before, IReadOnlyList<string> Warnings)
{
    public int UnitsBilledBefore => Before.Sum(b => b.Units);

    public int TimedMinutesBefore =>
        Calculation.TimedMinutes - Calculation.Lines.Take(Units.Count).Where(l => l.IsTimed).Sum(l => l.Minutes);
}

/// <summary>
/// Units count per patient per calendar day (Pub. 100-04 Ch. 5 §20.2) and a day's services are billed once: a
/// note documented on a day that already has finalized notes of the discipline bills the day's units less those
/// already billed. The units already billed stand; where a tie lets the day's split keep them, that split is taken.
/// </summary>
public static class VisitDay
{
    public static VisitDayUnits Units(DateOnly dateOfService, UnitCalculation note,
        IReadOnlyList<ChargeLineDraft> lines, NoteBillingContext context)
    {
        var warnings = new List<string>();
        var before = context.BilledBefore.Where(b => b.Charge.DateOfService == dateOfService).ToList();
        if (before.Count == 0)
            return Alone(note, context, warnings);

        UnitCalculation day;
        try
        {
            day = new UnitCalculator(context.Catalog).Calculate(context.Rules.UnitRule.Value,
                [.. lines.Select(l => l.ToServiceLine()), .. before.Select(b => b.Charge.ToServiceLine())]);
        }
        catch (ServiceLineException e) when (e.Line >= lines.Count)
        {
            warnings.Add($"The day's other notes bill {before[e.Line - lines.Count].Charge.Code}, which cannot be " +
                "priced now: this note's units are worked out on their own. Check the day's units with the biller.");
            return Alone(note, context, warnings);
        }
        var billed = before.GroupBy(b => ProcedureCode.Parse(b.Charge.Code!))
            .ToDictionary(g => g.Key, g => g.Sum(b => b.Units));
        day = WithTieChoice(day, context.TieChoice, warnings);
        bool KeepsBilled(UnitAllocation a) =>
            billed.All(b => a.UnitsByCode.GetValueOrDefault(b.Key, b.Value) >= b.Value);
        if (context.TieChoice is null && day.HasTie && day.AllowedAllocations.FirstOrDefault(KeepsBilled) is { } keeping
            && !keeping.Equals(day.Allocation))
            day = day.Choose(keeping);

        var notes = string.Join(", ", before.Select(b => b.NoteName).Distinct());
        warnings.Add($"The patient already has a visit on {dateOfService:yyyy-MM-dd} ({notes}): units and NCCI edits " +
            "count per patient and day (Pub. 100-04 Ch. 5 §20.2), so this note bills what it adds to the day.");

        var units = new int[lines.Count];
        var explanations = new string[lines.Count];
        var left = Math.Max(0, day.TotalUnits - before.Sum(b => b.Units));
        var byMinutes = Enumerable.Range(0, lines.Count).OrderByDescending(j => day.Lines[j].CodeMinutes)
            .ThenBy(j => j);
        foreach (var j in byMinutes)
        {
            var line = day.Lines[j];
            var already = billed.GetValueOrDefault(line.Code);
            units[j] = line.SameCodeAs is null ? Math.Min(left, Math.Max(0, line.Units - already)) : 0;
            left -= units[j];
            var adds = $"this note adds {units[j]}.";
            explanations[j] = day.ExplainLine(j) + (line.SameCodeAs is not null ? ""
                : already > 0 ? $" {Count(already)} of the day's {line.Code} already billed on {notes}: {adds}"
                : units[j] < line.Units ? $" The day's other units are already billed on {notes}: {adds}"
                : "");
        }
        var noteCodes = day.Lines.Take(lines.Count).Select(l => l.Code).ToHashSet();
        foreach (var (code, already) in billed.Where(b => !noteCodes.Contains(b.Key)))
        {
            var dayUnits = day.Lines.Skip(lines.Count).Where(l => l.Code == code).Sum(l => l.Units);
            if (dayUnits > already)
                warnings.Add($"With this note's minutes the day supports {Count(dayUnits)} of {code}, but {notes} " +
                    $"billed {Count(already)}: that claim line is finalized, so the day bills less than it could. " +
                    "The biller may correct it.");
        }
        return new(day, units, explanations, before, warnings);
    }

    /// <summary>
    /// What an NCCI edit now asks of a line already billed on the day's other notes: it was finalized without
    /// knowing this note's codes, so the biller corrects its claim line (NCCI PTP edits: same patient, provider, day).
    /// </summary>
    internal static IEnumerable<string> EarlierLineWarnings(VisitDayUnits day, ModifierOutcome outcome,
        IReadOnlyList<BilledLine> before)
    {
        for (var i = 0; i < before.Count; i++)
        {
            var earlier = day.Before[i];
            foreach (var result in outcome.Lines.Where(r => ReferenceEquals(r.Source, before[i])))
            {
                foreach (var refusal in result.Refusals)
                    yield return $"On {earlier.NoteName}, already finalized: {refusal}";
                if (result.Units == 0 && before[i].Units > 0) // withheld now, as an NCCI column-2 code not attested
                    foreach (var why in result.Explanations)
                        yield return $"On {earlier.NoteName}, already finalized: {why}";
                var missing = result.Modifiers.Where(m => m.IsDistinctService && !earlier.Modifiers.Contains(m));
                foreach (var modifier in missing)
                    yield return $"{result.Code} on {earlier.NoteName}, already finalized, needs {modifier} now that " +
                        "this note bills an NCCI pair of it on the same day: have the biller correct its claim line.";
            }
        }
    }

    private static VisitDayUnits Alone(UnitCalculation note, NoteBillingContext context, List<string> warnings)
    {
        var own = WithTieChoice(note, context.TieChoice, warnings);
        return new(own, [.. own.Lines.Select(l => l.Units)], [.. own.Lines.Select((_, j) => own.ExplainLine(j))], [],
            warnings);
    }

    private static UnitCalculation WithTieChoice(UnitCalculation calculation, UnitAllocation? choice,
        List<string> warnings)
    {
        if (choice is null)
            return calculation;
        if (!calculation.Allows(choice))
        {
            warnings.Add($"The tie was split as {choice} before the minutes changed; that split no longer fits, so " +
                "the rule's own split applies.");
            return calculation;
        }
        return calculation.HasTie ? calculation.Choose(choice) : calculation;
    }

    private static string Count(int units) => units == 1 ? "1 unit" : $"{units} units";
}
