using System.Text;

namespace Rehab.Core.Billing;

/// <summary>The words a therapist reads beside a note's units.</summary>
internal static class UnitExplanation
{
    private const string ChartSource = "Pub. 100-04 Ch. 5 §20.2";

    public static string Total(UnitCalculation calc)
    {
        var lines = calc.LinesArray;
        var text = new StringBuilder();
        if (calc.Rule == UnitRule.EightMinute)
            EightMinuteTotal(calc, lines, text);
        else
            text.Append($"{calc.Rule.DisplayName()} (CPT midpoint, each code on its own): {calc.TimedMinutes} timed min give "
                + $"{Count(calc.TimedUnits, "timed unit")}. A code's left-over minutes earn a unit from 8 (16 for 30-minute codes).");
        if (lines.Any(l => l.SameCodeAs is not null))
            text.Append(" Lines with the same code are counted together, on the code's first line.");
        if (calc.UntimedUnits > 0)
            text.Append($" Untimed codes: {Count(calc.UntimedUnits, "unit")}, one per code per day; their minutes do not count.");
        text.Append($" Total: {Count(calc.TotalUnits, "unit")}.");
        return text.ToString();
    }

    public static string Line(UnitCalculation calc, int i)
    {
        var line = calc.LinesArray[i];
        if (line.SameCodeAs is { } first)
            return line.IsTimed
                ? $"Same code as line {first + 1}: its {line.Minutes} min are added to that line's, since time is counted "
                    + $"per code per day ({ChartSource}); the code's units are billed on line {first + 1}. 0 units here."
                : $"Same untimed code as line {first + 1}: billed once a day, on line {first + 1}. 0 units here.";
        if (line.AddOnOf is { } primary)
            return $"Add-on of {line.BillingCode.AddOnTo} (line {primary + 1}): its time continues that code's, "
                + $"so their {calc.LinesArray[primary].CodeMinutes} min are counted together "
                + $"on line {primary + 1} (CPT). "
                + $"{line.BillingCode.AddOnTo} bills the first unit, once a day, and this code each further one: "
                + $"{Count(calc.Lines[i].Units, "unit")}.";
        if (line.WithoutPrimaryUnit)
            return $"Add-on of {line.BillingCode.AddOnTo}, which bills no unit today: "
                + "an add-on code is never billed without its primary code (CPT). 0 units.";
        if (line.BillingCode.UnitMinutes is not { } unit)
            return $"Untimed code: 1 unit for the day, whatever its length; its {line.Minutes} min do not count toward timed minutes.";

        var text = new StringBuilder();
        if (line.CodeMinutes != line.Minutes)
            text.Append($"With this code's other lines, {line.CodeMinutes} min in all. ");
        text.Append(Blocks(line, unit));
        if (line.LeftoverMinutes > 0)
            text.Append(' ').Append(calc.Rule == UnitRule.EightMinute && unit == 15 ? PooledLeftover(calc, i) : MidpointLeftover(line, unit));
        if (unit != 15 && calc.Rule == UnitRule.EightMinute)
            text.Append($" A {unit}-minute code is counted on its own; the 8-minute chart is for 15-minute codes.");
        if (calc.Lines[i].Units != line.Units)
            text.Append($" {Count(line.Units, "unit")} with its add-on; {line.Code} is billed once a day, "
                + "so it takes the first and the add-on's line the rest.");
        else if (line.UnitsOverDailyLimit > 0)
            text.Append($" {line.Code} is billed once a day: {Count(line.UnitsOverDailyLimit, "further unit")} "
                + (line.AddOnCode is { } addOn
                    ? $"go on a line of +{addOn}, its add-on code; add that line."
                    : "are not billed."));
        text.Append($" {Count(calc.Lines[i].Units, "unit")}.");
        return text.ToString();
    }

    private static void EightMinuteTotal(UnitCalculation calc, LineUnits[] lines, StringBuilder text)
    {
        var pooled = Enumerable.Range(0, lines.Length).Where(i => IsPooled(lines[i])).ToList();
        var minutes = pooled.Sum(i => lines[i].CodeMinutes);
        var units = UnitCalculator.ChartUnits(minutes);
        var wholeUnits = pooled.Sum(i => lines[i].WholeUnits);
        var extraUnits = units - wholeUnits;
        var timed = minutes == calc.TimedMinutes ? "timed min" : "timed min of 15-minute codes";
        text.Append($"{calc.Rule.DisplayName()} (CMS, {ChartSource}): ");
        if (pooled.Count == 0)
            text.Append("no 15-minute timed codes.");
        else if (units == 0)
            text.Append($"{minutes} {timed} are under 8, so no timed unit.");
        else
        {
            text.Append($"{minutes} {timed} fall in the chart's {15 * units - 7}-{15 * units + 7} minute band: {Count(units, "timed unit")}. ");
            text.Append((wholeUnits, extraUnits) switch
            {
                (_, 0) => $"Whole 15-minute blocks give all {units}; none is left for left-over minutes.",
                (0, 1) => "No code has a whole 15-minute block, so the unit goes to the largest left-over.",
                (0, _) => $"No code has a whole 15-minute block, so the {extraUnits} units go to the largest left-overs, one per code.",
                (_, 1) => $"Whole 15-minute blocks give {wholeUnits}; the other unit goes to the largest left-over.",
                _ => $"Whole 15-minute blocks give {wholeUnits}; the other {extraUnits} go to the largest left-overs, one per code.",
            });
        }
        var ownUnit = lines.Where(l => l.IsTimed && l.SameCodeAs is null && l.BillingCode.UnitMinutes != 15).ToList();
        if (ownUnit.Count > 0)
            text.Append($" Counted on their own by the midpoint: {string.Join(", ", ownUnit.Select(l => $"{l.Code} {Count(l.Units, "unit")}"))}.");
        if (calc.TiedLeftoverMinutes is { } tie)
        {
            var tied = Enumerable.Range(0, lines.Length).Where(calc.IsTied).ToList();
            var winners = Codes(lines, tied.Where(i => lines[i].LeftoverUnit));
            var tiedUnits = tied.Count(i => lines[i].LeftoverUnit);
            text.Append($" Tie: {Codes(lines, tied)} each have {tie} left-over min; CMS lets the clinician choose "
                + (tiedUnits == 1 ? "which code gets the unit" : $"which {tiedUnits} codes get a unit")
                + $" ({calc.AllowedAllocations.Count} allowed splits)");
            text.Append(calc.ChosenByClinician
                ? $"; the clinician chose {winners}."
                : $"; by default {winners}: more minutes of the code, then the lower code number, "
                    + "never the order of entry.");
        }
    }

    private static string Blocks(LineUnits line, int unit)
    {
        if (line.CodeMinutes == 0)
            return "No minutes documented.";
        if (line.WholeUnits == 0)
            return $"{line.CodeMinutes} min: less than one {unit}-minute block.";
        var blocks = $"{line.CodeMinutes} min: {Count(line.WholeUnits, $"whole {unit}-minute block")}";
        return line.LeftoverMinutes == 0 ? $"{blocks}, nothing left over." : $"{blocks} and {line.LeftoverMinutes} min left over.";
    }

    private static string MidpointLeftover(LineUnits line, int unit) => line.LeftoverUnit
        ? $"The {line.LeftoverMinutes} left-over min pass the midpoint of {unit} minutes, so they earn 1 more unit."
        : $"The {line.LeftoverMinutes} left-over min do not pass the midpoint of {unit} minutes ({unit / 2 + 1} needed), so they earn none.";

    private static string PooledLeftover(UnitCalculation calc, int i)
    {
        var lines = calc.LinesArray;
        var line = lines[i];
        var extras = Enumerable.Range(0, lines.Length).Where(j => IsPooled(lines[j]) && lines[j].LeftoverUnit).ToList();
        if (!line.ClaimsLeftover)
            return line.BillingCode.AddOnTo is { } primary
                ? $"Its {line.LeftoverMinutes} left-over min count toward the day's timed minutes "
                    + $"but cannot earn a unit here: {primary} has no unit of its own, "
                    + "and an add-on is never billed without its primary (CPT)."
                : $"{line.Code} is billed once a day and has its unit, "
                    + $"so its {line.LeftoverMinutes} left-over min count "
                    + "toward the day's timed minutes but earn no further unit here.";
        if (calc.IsTied(i))
        {
            var tied = Enumerable.Range(0, lines.Length).Where(calc.IsTied).ToList();
            var winners = tied.Where(j => lines[j].LeftoverUnit).ToList();
            var losers = tied.Where(j => !lines[j].LeftoverUnit).ToList();
            var start = $"Its {line.LeftoverMinutes} left-over min tie with those of {Codes(lines, tied.Where(j => j != i))}, and not every "
                + "tied code can get a unit; CMS lets the clinician choose.";
            if (line.LeftoverUnit)
                return start + (calc.ChosenByClinician
                    ? " The clinician chose this code: 1 more unit."
                    : $" By default this code gets one, {WhyDefault(lines, i, losers)}: 1 more unit.");
            var goes = winners.Count == 1 ? "the unit goes" : "the units go";
            return start + (calc.ChosenByClinician
                ? $" The clinician chose {Codes(lines, winners)}, so none here."
                : $" By default {goes} to {Codes(lines, winners)}; the clinician may pick this code instead.");
        }
        if (line.LeftoverUnit)
            return extras.Count == 1
                ? $"The day's timed minutes leave 1 unit beyond whole blocks, for the largest left-over: these {line.LeftoverMinutes} min, so 1 more unit."
                : $"The day's timed minutes leave {extras.Count} units beyond whole blocks, one each for the {extras.Count} largest "
                    + $"left-overs; {line.LeftoverMinutes} min is among them, so 1 more unit.";
        if (extras.Count == 0)
            return UnitCalculator.ChartUnits(lines.Where(IsPooled).Sum(l => l.CodeMinutes)) == 0
                ? $"The day's timed minutes are under 8, so the {line.LeftoverMinutes} min earn no unit."
                : $"The day's timed minutes leave no unit beyond whole blocks, so the {line.LeftoverMinutes} left-over min earn none.";
        var larger = string.Join(", ", extras.Select(j => $"{lines[j].Code} {lines[j].LeftoverMinutes} min"));
        return extras.Count == 1
            ? $"The day's 1 unit for left-over minutes goes to a larger left-over ({larger}), so the {line.LeftoverMinutes} min here earn none."
            : $"The day's {extras.Count} units for left-over minutes go to larger left-overs ({larger}), so the {line.LeftoverMinutes} min here earn none.";
    }

    private static string WhyDefault(LineUnits[] lines, int winner, List<int> losers)
    {
        var most = losers.Max(j => lines[j].CodeMinutes);
        return lines[winner].CodeMinutes > most
            ? $"as this code has more minutes ({lines[winner].CodeMinutes} against {most})"
            : "as this code has as many minutes and the lower code number "
                + "(the order lines are entered in never decides)";
    }

    private static bool IsPooled(LineUnits line) =>
        line is { SameCodeAs: null, AddOnOf: null, BillingCode.UnitMinutes: 15 };

    private static string Codes(LineUnits[] lines, IEnumerable<int> indexes)
    {
        var codes = indexes.Select(i => lines[i].Code.Value).ToList();
        return codes.Count <= 1 ? string.Concat(codes) : $"{string.Join(", ", codes[..^1])} and {codes[^1]}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
