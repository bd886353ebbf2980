namespace Rehab.Core.Billing;

/// <summary>
/// Add-on and once-a-day codes, as the catalog describes them (<see cref="BillingCode.AddOnTo"/>,
/// <see cref="BillingCode.OncePerDay"/>). CPT: an add-on is reported only with its primary procedure; 97129 is the
/// first 15 minutes, once a day, and +97130 each further 15 minutes of the same service, so their minutes are counted
/// together and the units split: the first to the primary, the rest to the add-on. The calculation's own lines keep
/// the units of such a pair on the primary's line; <see cref="Split(LineUnits[])"/> gives each code its own.
/// </summary>
internal static class AddOnCodes
{
    /// <summary>
    /// Marks the first line of each add-on code that continues a once-a-day timed primary on the same day.
    /// </summary>
    public static void Link(LineUnits[] lines, CodeCatalog catalog)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] is not { SameCodeAs: null, BillingCode: { AddOnTo: { } primary } addOn })
                continue;
            var first = Array.FindIndex(lines, l => l.Code == primary);
            if (first >= 0 && ContinuesTime(lines[first].BillingCode, addOn)
                && !lines.Take(i).Any(l => l.AddOnOf == first)) // one add-on code continues a primary
                lines[i] = lines[i] with { AddOnOf = first };
        }
    }

    /// <summary>A once-a-day code with no add-on line to bill its further units.</summary>
    public static bool IsCapped(LineUnits[] lines, int i) =>
        lines[i].BillingCode.OncePerDay && !lines.Any(l => l.AddOnOf == i);

    /// <summary>
    /// An add-on line (not continuing a primary's time) whose primary has no unit of its own yet: no untimed line of
    /// it and no whole block. Its left-over cannot earn a unit, since an add-on never bills without its primary.
    /// </summary>
    public static bool AwaitsPrimary(LineUnits[] lines, ReadOnlySpan<int> codeMinutes, int i)
    {
        if (lines[i] is not { AddOnOf: null, BillingCode.AddOnTo: { } primary })
            return false;
        for (var j = 0; j < lines.Length; j++)
            if (lines[j] is { SameCodeAs: null } line && line.Code == primary
                && (line.BillingCode.UnitMinutes is not { } unit || codeMinutes[j] >= unit))
                return false;
        return true;
    }

    /// <summary>
    /// Once-a-day codes without an add-on line keep one unit; add-ons whose primary bills nothing bill nothing.
    /// </summary>
    public static void Limit(LineUnits[] lines, CodeCatalog catalog)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line is { SameCodeAs: null, Units: > 1 } && IsCapped(lines, i))
                lines[i] = line with
                {
                    Units = 1, UnitsOverDailyLimit = line.Units - 1,
                    AddOnCode = catalog.Codes
                        .FirstOrDefault(c => c.AddOnTo == line.Code && ContinuesTime(line.BillingCode, c))?.Code,
                };
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line is { SameCodeAs: null, AddOnOf: null, BillingCode.AddOnTo: { } primary, Units: > 0 }
                && lines.Where(l => l.Code == primary).Sum(l => l.Units) == 0)
                lines[i] = line with { Units = 0, LeftoverUnit = false, WithoutPrimaryUnit = true };
        }
    }

    /// <summary>
    /// The lines with each primary-and-add-on pair's units split: one to the primary, the rest to the add-on.
    /// </summary>
    public static LineUnits[] Split(LineUnits[] lines)
    {
        var split = (LineUnits[])lines.Clone();
        for (var i = 0; i < split.Length; i++)
            if (split[i].AddOnOf is { } primary)
            {
                var units = split[primary].Units;
                split[primary] = split[primary] with { Units = Math.Min(units, 1) };
                split[i] = split[i] with { Units = units - Math.Min(units, 1) };
            }
        return split;
    }

    /// <summary>An allocation with each pair's units split, as <see cref="Split(LineUnits[])"/> splits lines.</summary>
    public static UnitAllocation Split(LineUnits[] lines, UnitAllocation pooled) => Map(lines, pooled, (primary, _) =>
        (Math.Min(primary, 1), primary - Math.Min(primary, 1)));

    /// <summary>
    /// An allocation with each pair's units back on the primary; null when a pair is not split one and the rest.
    /// </summary>
    public static UnitAllocation? Pool(LineUnits[] lines, UnitAllocation split)
    {
        foreach (var line in lines.Where(l => l.AddOnOf is not null))
        {
            var (primary, addOn) = (split[lines[line.AddOnOf!.Value].Code], split[line.Code]);
            if (addOn > 0 && primary != 1 || addOn < 0)
                return null;
        }
        return Map(lines, split, (primary, addOn) => (primary + addOn, 0));
    }

    private static UnitAllocation Map(LineUnits[] lines, UnitAllocation allocation,
        Func<int, int, (int Primary, int AddOn)> map)
    {
        var units = allocation.UnitsByCode.ToDictionary();
        foreach (var line in lines.Where(l => l.AddOnOf is not null))
        {
            var primary = lines[line.AddOnOf!.Value].Code;
            if (!units.ContainsKey(primary) || !units.ContainsKey(line.Code))
                continue;
            (units[primary], units[line.Code]) = map(units[primary], units[line.Code]);
        }
        return new UnitAllocation(units);
    }

    private static bool ContinuesTime(BillingCode primary, BillingCode addOn) =>
        primary is { OncePerDay: true, IsTimed: true } && addOn.UnitMinutes == primary.UnitMinutes;
}
