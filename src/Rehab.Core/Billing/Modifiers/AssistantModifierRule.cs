namespace Rehab.Core.Billing.Modifiers;

/// <summary>How a code's billed units divide between lines with CQ/CO and lines without.</summary>
/// <param name="Refusal">Why the units cannot be divided (they are more than the minutes support), or null.</param>
public sealed record AssistantSplit(int UnitsWithModifier, int UnitsWithout, IReadOnlyList<string> Explanations, string? Refusal = null);

/// <summary>
/// CQ (with GP) or CO (with GO) on services a PTA or OTA furnished in whole or in part, required from
/// 1 January 2020 (SSA §1834(v)). Only the assistant's minutes without the therapist count; minutes together
/// count as the therapist's. An untimed service gets the modifier when the assistant furnished more than 10%
/// of its minutes (84 FR 62702). A timed code is decided per 15-minute unit (CY 2022 PFS final rule,
/// 86 FR 64996): full 15-minute blocks go to whoever furnished them alone; each unit left, built from the
/// remaining minutes, goes to whoever furnished more of them; so when two units remain and each furnished
/// 9-14 minutes, one unit has the modifier and one does not.
/// </summary>
public static class AssistantModifierRule
{
    private static readonly DateOnly Required = new(2020, 1, 1);
    private static readonly DateOnly ReducedPayment = new(2022, 1, 1);

    /// <summary>The modifier for an assistant of the discipline; null for speech-language pathology, which has none.</summary>
    public static Modifier? For(Discipline discipline) => discipline switch
    {
        Discipline.PT => Modifier.CQ,
        Discipline.OT => Modifier.CO,
        _ => null,
    };

    /// <summary>
    /// Divides a code's units. Equal remaining minutes (a choice of ours, as CMS names no tie): the therapist's
    /// 8 or more minutes make a unit on their own under the 8-minute rule, so the unit goes without; fewer
    /// leave the assistant's share above the 10% de minimis, so it goes with the modifier.
    /// </summary>
    public static AssistantSplit Split(Modifier modifier, bool timed, int units, int therapistMinutes, int assistantMinutes)
    {
        if (units <= 0 || assistantMinutes == 0)
            return new(0, Math.Max(units, 0), []);
        if (!timed)
            return SplitService(modifier, units, therapistMinutes, assistantMinutes);

        var minutes = therapistMinutes + assistantMinutes;
        var most = (minutes + 14) / 15;
        if (units > most)
            return new(0, 0, [], $"{units} units billed, but the {minutes} minutes documented support at most {most}: " +
                $"check the minutes before {modifier} can be decided.");

        var explanations = new List<string>();
        var assistantBlocks = assistantMinutes / 15;
        var therapistBlocks = therapistMinutes / 15;
        var with = assistantBlocks;
        var without = therapistBlocks;
        if (assistantBlocks + therapistBlocks > units)
        {
            with = Math.Min(assistantBlocks, units);
            without = units - with;
            explanations.Add($"More full 15-minute blocks ({assistantBlocks + therapistBlocks}) than units billed ({units}): " +
                "the assistant's blocks are counted first.");
        }
        if (with > 0)
            explanations.Add($"{Units(with)} with {modifier}: the assistant alone furnished {with * 15} of the minutes in full 15-minute blocks.");
        if (without > 0)
            explanations.Add($"{Units(without)} without {modifier}: the therapist furnished {without * 15} of the minutes in full 15-minute blocks.");

        var assistantLeft = assistantMinutes % 15;
        var therapistLeft = therapistMinutes % 15;
        var unitsLeft = units - with - without;
        if (unitsLeft == 2 && assistantLeft is >= 9 and <= 14 && therapistLeft is >= 9 and <= 14)
        {
            explanations.Add($"1 unit with {modifier} and 1 without: two units remain, and of their minutes the therapist furnished " +
                $"{therapistLeft} and the assistant {assistantLeft}, each 9-14 (86 FR 64996).");
            return new(with + 1, without + 1, explanations);
        }
        for (var left = unitsLeft; left > 0; left--)
        {
            var therapistTakes = therapistLeft > assistantLeft || (therapistLeft == assistantLeft && therapistLeft >= 8);
            explanations.Add($"1 unit {(therapistTakes ? "without" : "with")} {modifier}: of the remaining minutes the therapist furnished " +
                $"{therapistLeft} and the assistant {assistantLeft}" +
                (therapistLeft == assistantLeft
                    ? therapistTakes ? ", an equal share, and the therapist's alone reach 8 minutes." : ", an equal share under 8 minutes each."
                    : "."));
            if (therapistTakes)
            {
                without++;
                therapistLeft = 0;
            }
            else
            {
                with++;
                assistantLeft = 0;
            }
        }
        return new(with, without, explanations);
    }

    private static AssistantSplit SplitService(Modifier modifier, int units, int therapistMinutes, int assistantMinutes)
    {
        var total = therapistMinutes + assistantMinutes;
        var share = $"the assistant alone furnished {assistantMinutes} of its {total} minutes";
        return assistantMinutes * 10 > total
            ? new(units, 0, [$"{modifier}: {share}, more than 10% (84 FR 62702)."])
            : new(0, units, [$"No {modifier}: {share}, 10% or less (84 FR 62702)."]);
    }

    internal static IEnumerable<ModifierResult> Apply(ModifierRequest request, LineDraft line)
    {
        var billed = line.Line;
        var modifier = For(billed.Discipline);
        if (!request.Payer.AppliesAssistantModifiers || !line.IsBilled || billed.AssistantMinutes == 0)
            return [line.ToResult(billed.Units, [], [])];
        if (modifier is null)
            return [line.ToResult(billed.Units, [], ["No assistant modifier: Medicare has none for speech-language pathology."])];
        if (request.DateOfService < Required)
            return [line.ToResult(billed.Units, [], [$"No {modifier}: assistant modifiers are required from 1 January 2020."])];

        var split = Split(modifier.Value, billed.Timed, billed.Units, billed.TherapistMinutes, billed.AssistantMinutes);
        if (split.Refusal is not null)
        {
            line.Refusals.Add($"{billed.Code}: {split.Refusal}");
            return [line.ToResult(billed.Units, [], [])];
        }
        var payment = request.DateOfService >= ReducedPayment
            ? [$"Medicare pays a line with {modifier} at 85% of the fee schedule amount (SSA §1834(v))."]
            : Array.Empty<string>();
        var results = new List<ModifierResult>();
        if (split.UnitsWithModifier > 0)
            results.Add(line.ToResult(split.UnitsWithModifier, [modifier.Value], [.. split.Explanations, .. payment]));
        if (split.UnitsWithout > 0)
            results.Add(line.ToResult(split.UnitsWithout, [], split.Explanations));
        return results;
    }

    private static string Units(int n) => n == 1 ? "1 unit" : $"{n} units";
}
