namespace Rehab.Core.Billing;

/// <summary>
/// The units a note bills under one rule, line by line in the order documented, with the reasons as text
/// (<see cref="Explain"/>, <see cref="ExplainLine"/>). When the 8-minute rule leaves a tie between equal
/// left-overs, a default split is chosen and <see cref="AllowedAllocations"/> lists every split the rule allows;
/// <see cref="Choose"/> takes the clinician's pick.
/// </summary>
public sealed class UnitCalculation
{
    private readonly LineUnits[] _lines;

    internal UnitCalculation(UnitRule rule, LineUnits[] lines, int timedMinutes, int? tiedLeftoverMinutes, bool chosenByClinician)
    {
        Rule = rule;
        _lines = lines;
        TimedMinutes = timedMinutes;
        TiedLeftoverMinutes = tiedLeftoverMinutes;
        ChosenByClinician = chosenByClinician;
        foreach (var line in lines)
        {
            if (line.IsTimed)
                TimedUnits += line.Units;
            else
                UntimedUnits += line.Units;
        }
    }

    public UnitRule Rule { get; }

    /// <summary>
    /// Each line's units; a primary code and its add-on each show their own (<see cref="AddOnCodes"/>).
    /// </summary>
    public IReadOnlyList<LineUnits> Lines => field ??= AddOnCodes.Split(_lines);

    /// <summary>Minutes of every timed code; untimed codes' minutes never count.</summary>
    public int TimedMinutes { get; }

    public int TimedUnits { get; }

    public int UntimedUnits { get; }

    public int TotalUnits => TimedUnits + UntimedUnits;

    /// <summary>
    /// The left-over minutes several codes tie on for the last extra unit; null when there is no tie.
    /// </summary>
    public int? TiedLeftoverMinutes { get; }

    public bool HasTie => TiedLeftoverMinutes is not null;

    /// <summary>The tie was settled by the clinician rather than by the default.</summary>
    public bool ChosenByClinician { get; }

    /// <summary>Units per timed code, as this result splits them.</summary>
    public UnitAllocation Allocation => field ??= AddOnCodes.Split(_lines, PooledAllocation);

    private UnitAllocation PooledAllocation => AllocationWhere(i => _lines[i].LeftoverUnit);

    /// <summary>
    /// Every split of the timed units the rule allows, this result's own first. One entry when there is no tie.
    /// </summary>
    public IReadOnlyList<UnitAllocation> AllowedAllocations => field ??= ListAllowedAllocations();

    /// <summary>
    /// Whether the rule allows this split: the same codes and total, differing only between tied codes.
    /// </summary>
    public bool Allows(UnitAllocation allocation) =>
        AddOnCodes.Pool(_lines, allocation) is { } pooled && AllowsPooled(pooled);

    private bool AllowsPooled(UnitAllocation allocation)
    {
        var timedCodes = 0;
        for (var i = 0; i < _lines.Length; i++)
        {
            var line = _lines[i];
            if (!line.IsTimed || line.SameCodeAs is not null)
                continue;
            timedCodes++;
            if (!allocation.UnitsByCode.TryGetValue(line.Code, out var units))
                return false;
            var allowed = IsTied(i) ? units == line.WholeUnits || units == line.WholeUnits + 1 : units == line.Units;
            if (!allowed)
                return false;
        }
        return timedCodes == allocation.UnitsByCode.Count && allocation.UnitsByCode.Values.Sum() == TimedUnits;
    }

    /// <summary>The same calculation with the clinician's split of a tie.</summary>
    /// <exception cref="ArgumentException">The rule does not allow that split.</exception>
    public UnitCalculation Choose(UnitAllocation allocation)
    {
        if (!Allows(allocation))
            throw new ArgumentException(
                $"{Rule.DisplayName()} does not allow {allocation}; allowed: {string.Join("; ", AllowedAllocations)}.", nameof(allocation));
        var pooled = AddOnCodes.Pool(_lines, allocation)!;
        var lines = (LineUnits[])_lines.Clone();
        for (var i = 0; i < lines.Length; i++)
            if (IsTied(i))
            {
                var units = pooled[lines[i].Code];
                lines[i] = lines[i] with { Units = units, LeftoverUnit = units > lines[i].WholeUnits };
            }
        return new UnitCalculation(Rule, lines, TimedMinutes, TiedLeftoverMinutes, chosenByClinician: true);
    }

    /// <summary>The day's total in words: minutes, the band or per-code rule they fall under, and the units.</summary>
    public string Explain() => UnitExplanation.Total(this);

    /// <summary>
    /// One line's units in words: whole blocks, left-over minutes, and where an extra unit went and why.
    /// </summary>
    public string ExplainLine(int line) => UnitExplanation.Line(this, line);

    /// <summary>A first line of a 15-minute code whose left-over ties for the last extra unit.</summary>
    internal bool IsTied(int i) =>
        TiedLeftoverMinutes is { } tie && _lines[i] is { ClaimsLeftover: true } line
        && line.LeftoverMinutes == tie;

    internal LineUnits[] LinesArray => _lines;

    private UnitAllocation AllocationWhere(Func<int, bool> leftoverUnit)
    {
        var units = new List<KeyValuePair<ProcedureCode, int>>();
        for (var i = 0; i < _lines.Length; i++)
        {
            var line = _lines[i];
            if (line.IsTimed && line.SameCodeAs is null)
                units.Add(new(line.Code, IsTied(i) ? line.WholeUnits + (leftoverUnit(i) ? 1 : 0) : line.Units));
        }
        return new UnitAllocation(units);
    }

    private List<UnitAllocation> ListAllowedAllocations()
    {
        var tied = Enumerable.Range(0, _lines.Length).Where(IsTied).ToArray();
        var extraUnits = tied.Count(i => _lines[i].LeftoverUnit);
        var own = PooledAllocation;
        var allowed = new List<UnitAllocation> { own };
        foreach (var pick in Combinations(tied, extraUnits))
        {
            var allocation = AllocationWhere(pick.Contains);
            if (!allocation.Equals(own))
                allowed.Add(allocation);
        }
        return [.. allowed.Select(a => AddOnCodes.Split(_lines, a))];
    }

    private static IEnumerable<int[]> Combinations(int[] items, int size)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }
        for (var first = 0; first <= items.Length - size; first++)
            foreach (var rest in Combinations(items[(first + 1)..], size - 1))
                yield return [items[first], .. rest];
    }
}
