namespace Rehab.Core.Billing;

/// <summary>
/// A procedure code as the clinic bills it: what it is, who bills it, and how its time becomes units.
/// Timed codes bill one unit per <see cref="UnitMinutes"/> of direct treatment; untimed codes bill one unit per day.
/// </summary>
public sealed record BillingCode
{
    public required ProcedureCode Code { get; init; }

    /// <summary>A short description in the clinic's words (not the CPT descriptor).</summary>
    public required string Descriptor { get; init; }

    public required IReadOnlyList<Discipline> Disciplines { get; init; }

    /// <summary>Minutes in one unit of a timed code (15, or 30 for 98960–98962); null for an untimed code.</summary>
    public int? UnitMinutes { get; init; }

    /// <summary>An evaluation or re-evaluation, such as 97161–97168 or 92521.</summary>
    public bool IsEvaluation { get; init; }

    /// <summary>
    /// The primary code an add-on code is billed with on the same day (97130 with 97129): never without it. When the
    /// primary is a timed code billed once a day, the add-on bills each further unit of their time together.
    /// </summary>
    public ProcedureCode? AddOnTo { get; init; }

    /// <summary>
    /// At most one unit a day, such as 97129, the first 15 minutes of cognitive function intervention.
    /// </summary>
    public bool OncePerDay { get; init; }

    /// <summary>The code Medicare takes instead, when Medicare does not recognize this one (97014 → G0283).</summary>
    public ProcedureCode? MedicareReplacement { get; init; }

    /// <summary>Medicare fee-schedule status B: recorded, but not paid separately (97010).</summary>
    public bool MedicareBundled { get; init; }

    /// <summary>Added by the company rather than shipped with the product.</summary>
    public bool IsCustom { get; init; }

    public bool IsTimed => UnitMinutes is not null;

    public bool IsValidForMedicare => MedicareReplacement is null;

    public bool IsFor(Discipline discipline) => Disciplines.Contains(discipline);

    public override string ToString() => $"{Code} {Descriptor}";
}
