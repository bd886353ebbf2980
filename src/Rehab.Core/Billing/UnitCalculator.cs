using Rehab.Core.Common;

namespace Rehab.Core.Billing;

/// <summary>
/// Turns the minutes documented on a note into billed units under a <see cref="UnitRule"/>.
/// Timed minutes are counted per code per day; untimed codes bill one unit a day whatever their length.
/// </summary>
public sealed class UnitCalculator(CodeCatalog catalog)
{
    /// <summary>A line's minutes are at most one day.</summary>
    public const int MaxMinutes = 24 * 60;

    private const int StackLimit = 64;

    public static UnitCalculator Standard { get; } = new(CodeCatalog.Standard);

    public CodeCatalog Catalog => catalog;

    /// <summary>
    /// The units of each line, in the order given. Under <see cref="UnitRule.EightMinute"/> the minutes of all
    /// 15-minute codes are pooled; under <see cref="UnitRule.RuleOfEights"/> each code stands alone. 30-minute codes
    /// (98960–98962) stand alone under both: a unit for each whole 30 minutes and one more past the midpoint (16+).
    /// </summary>
    /// <exception cref="ServiceLineException">A line has an unknown code, impossible minutes, or an add-on without its primary code.</exception>
    public UnitCalculation Calculate(UnitRule rule, ReadOnlySpan<ServiceLine> lines)
    {
        var n = lines.Length;
        var result = new LineUnits[n];
        for (var i = 0; i < n; i++)
        {
            if (Problem(lines, i, out var code) is { } problem)
                throw new ServiceLineException(i, problem.Field, problem.Message);
            var first = FirstLineOf(lines, i);
            result[i] = new LineUnits { BillingCode = code!, Minutes = lines[i].Minutes, SameCodeAs = first == i ? null : first };
        }

        AddOnCodes.Link(result, catalog);
        Span<int> codeMinutes = n <= StackLimit ? stackalloc int[n] : new int[n];
        for (var i = 0; i < n; i++)
            codeMinutes[result[i].SameCodeAs ?? i] += result[i].Minutes;
        for (var i = 0; i < n; i++)
            if (result[i].AddOnOf is { } primary)
                codeMinutes[primary] += codeMinutes[i]; // CPT: the add-on's time continues the primary's

        Span<int> pooled = n <= StackLimit ? stackalloc int[n] : new int[n];
        int pooledCount = 0, pooledMinutes = 0, pooledWholeUnits = 0, timedMinutes = 0;
        for (var i = 0; i < n; i++)
        {
            ref var line = ref result[i];
            line = line with { CodeMinutes = codeMinutes[line.SameCodeAs ?? i] };
            if (line.SameCodeAs is not null || line.AddOnOf is not null)
                continue;
            if (line.BillingCode.UnitMinutes is not { } unit)
            {
                line = line with { Units = 1 };
                continue;
            }
            var whole = line.CodeMinutes / unit;
            var left = line.CodeMinutes % unit;
            timedMinutes += line.CodeMinutes;
            if (rule == UnitRule.EightMinute && unit == 15)
            {
                line = line with { WholeUnits = whole, LeftoverMinutes = left, Units = whole };
                pooledMinutes += line.CodeMinutes;
                pooledWholeUnits += whole;
                if (left > 0 && !(whole > 0 && AddOnCodes.IsCapped(result, i))
                    && !AddOnCodes.AwaitsPrimary(result, codeMinutes, i))
                {
                    line = line with { ClaimsLeftover = true };
                    pooled[pooledCount++] = i;
                }
            }
            else
            {
                // CPT time convention: a unit is reached once the midpoint is passed (8 of 15 minutes, 16 of 30).
                var leftoverUnit = left > unit / 2;
                line = line with { WholeUnits = whole, LeftoverMinutes = left, LeftoverUnit = leftoverUnit, Units = whole + (leftoverUnit ? 1 : 0) };
            }
        }

        int? tie = null;
        if (rule == UnitRule.EightMinute)
        {
            // Pub. 100-04 Ch. 5 §20.2: total timed minutes set the day's units; whole 15-minute blocks first,
            // the rest to the largest left-overs, at most one each.
            var extraUnits = Math.Min(ChartUnits(pooledMinutes) - pooledWholeUnits, pooledCount);
            var candidates = pooled[..pooledCount];
            SortByClaimToExtraUnit(result, candidates);
            foreach (var i in candidates[..extraUnits])
            {
                ref var line = ref result[i];
                line = line with { LeftoverUnit = true, Units = line.Units + 1 };
            }
            if (extraUnits > 0 && extraUnits < pooledCount
                && result[candidates[extraUnits]].LeftoverMinutes == result[candidates[extraUnits - 1]].LeftoverMinutes)
                tie = result[candidates[extraUnits]].LeftoverMinutes;
        }
        AddOnCodes.Limit(result, catalog);
        return new UnitCalculation(rule, result, timedMinutes, tie, chosenByClinician: false);
    }

    /// <summary>Every problem with the lines, by field name <c>lines[i].code</c> or <c>lines[i].minutes</c>.</summary>
    public ValidationErrors Validate(ReadOnlySpan<ServiceLine> lines)
    {
        var errors = new ValidationErrors();
        for (var i = 0; i < lines.Length; i++)
            if (Problem(lines, i, out _) is { } problem)
                errors.Add($"lines[{i}].{problem.Field}", problem.Message);
        return errors;
    }

    /// <summary>The 8-minute chart of Pub. 100-04 Ch. 5 §20.2: 8–22 minutes 1 unit, 23–37 2 units, and so on.</summary>
    public static int ChartUnits(int timedMinutes) => (timedMinutes + 7) / 15;

    /// <summary>
    /// Larger left-over first; between equal left-overs, the code with more minutes, then the lower code number, so
    /// that the same visit bills the same whatever order its lines were entered in. The manual lets the clinician
    /// break ties (Pub. 100-04 Ch. 5 §20.2); this is only the default.
    /// </summary>
    internal static int CompareClaims(LineUnits[] lines, int a, int b)
    {
        var byLeftover = lines[b].LeftoverMinutes.CompareTo(lines[a].LeftoverMinutes);
        if (byLeftover != 0)
            return byLeftover;
        var byMinutes = lines[b].CodeMinutes.CompareTo(lines[a].CodeMinutes);
        return byMinutes != 0 ? byMinutes : string.CompareOrdinal(lines[a].Code.Value, lines[b].Code.Value);
    }

    internal static void SortByClaimToExtraUnit(LineUnits[] lines, Span<int> indexes)
    {
        for (var i = 1; i < indexes.Length; i++)
        {
            var current = indexes[i];
            var j = i - 1;
            for (; j >= 0 && CompareClaims(lines, indexes[j], current) > 0; j--)
                indexes[j + 1] = indexes[j];
            indexes[j + 1] = current;
        }
    }

    private (string Field, string Message)? Problem(ReadOnlySpan<ServiceLine> lines, int i, out BillingCode? code)
    {
        code = null;
        var line = lines[i];
        if (line.Code.Value is null)
            return ("code", "a code is required");
        if (!catalog.TryFind(line.Code, out code))
            return ("code", $"unknown code {line.Code}");
        if (line.Minutes < 0)
            return ("minutes", "minutes cannot be negative");
        if (line.Minutes > MaxMinutes)
            return ("minutes", $"{line.Minutes} minutes is more than a day; at most {MaxMinutes}");
        if (code.AddOnTo is { } primary && !Contains(lines, primary))
            return ("code", $"{code.Code} is an add-on code, billed only with {primary} on the same day");
        return null;
    }

    private static int FirstLineOf(ReadOnlySpan<ServiceLine> lines, int i)
    {
        for (var j = 0; j < i; j++)
            if (lines[j].Code == lines[i].Code)
                return j;
        return i;
    }

    private static bool Contains(ReadOnlySpan<ServiceLine> lines, ProcedureCode code)
    {
        foreach (var line in lines)
            if (line.Code == code)
                return true;
        return false;
    }
}
