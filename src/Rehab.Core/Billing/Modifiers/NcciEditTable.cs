namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// The NCCI procedure-to-procedure edits the engine applies. <see cref="Seed"/> holds the few pairs our
/// reference is sure of; CMS's quarterly practitioner PTP file is authoritative and replaces it when imported.
/// </summary>
public sealed class NcciEditTable
{
    private readonly Dictionary<(ProcedureCode, ProcedureCode), List<NcciEdit>> _byPair = [];

    public NcciEditTable(IEnumerable<NcciEdit> edits)
    {
        Edits = edits.ToList();
        foreach (var edit in Edits)
        {
            if (!_byPair.TryGetValue((edit.Column1, edit.Column2), out var list))
                _byPair[(edit.Column1, edit.Column2)] = list = [];
            list.Add(edit);
        }
    }

    public IReadOnlyList<NcciEdit> Edits { get; }

    public static NcciEditTable Seed { get; } = new(NcciSeed.Edits);

    /// <summary>The edit on the pair in force on the date of service (the most recent one if several are), or null.</summary>
    public NcciEdit? InEffect(ProcedureCode column1, ProcedureCode column2, DateOnly dateOfService) =>
        _byPair.TryGetValue((column1, column2), out var list)
            ? list.Where(e => e.IsInEffectOn(dateOfService)).MaxBy(e => e.EffectiveDate)
            : null;
}
