namespace Rehab.Core.Billing;

/// <summary>How a day's timed units are split among its timed codes: units per code.</summary>
public sealed class UnitAllocation : IEquatable<UnitAllocation>
{
    private readonly Dictionary<ProcedureCode, int> _units;

    public UnitAllocation(IEnumerable<KeyValuePair<ProcedureCode, int>> unitsByCode)
    {
        _units = [];
        foreach (var (code, units) in unitsByCode)
            if (!_units.TryAdd(code, units))
                throw new ArgumentException($"{code} is listed twice.", nameof(unitsByCode));
    }

    public IReadOnlyDictionary<ProcedureCode, int> UnitsByCode => _units;

    /// <summary>The code's units; 0 when the allocation does not list it.</summary>
    public int this[ProcedureCode code] => _units.GetValueOrDefault(code);

    public bool Equals(UnitAllocation? other) =>
        other is not null && other._units.Count == _units.Count
        && _units.All(u => other._units.TryGetValue(u.Key, out var units) && units == u.Value);

    public override bool Equals(object? obj) => Equals(obj as UnitAllocation);

    public override int GetHashCode() => _units.Aggregate(0, (hash, u) => hash ^ HashCode.Combine(u.Key, u.Value));

    public override string ToString() => string.Join(", ", _units.Select(u => $"{u.Key} x{u.Value}"));
}
