namespace Rehab.Core.Billing;

/// <summary>
/// The units of one documented line. Time is counted per code per day, so when a code is on several lines its
/// minutes are added together and its units are billed on its first line; its later lines show 0 units.
/// </summary>
public readonly record struct LineUnits
{
    public required BillingCode BillingCode { get; init; }

    public ProcedureCode Code => BillingCode.Code;

    /// <summary>Minutes documented on this line.</summary>
    public required int Minutes { get; init; }

    /// <summary>Units billed on this line.</summary>
    public int Units { get; init; }

    /// <summary>
    /// The 0-based line this code first appears on, when this line repeats it; null on its first line.
    /// </summary>
    public int? SameCodeAs { get; init; }

    /// <summary>Minutes of this code over all its lines.</summary>
    public int CodeMinutes { get; init; }

    /// <summary>Units from whole unit-length blocks of the code's minutes (timed codes, first line).</summary>
    public int WholeUnits { get; init; }

    /// <summary>Minutes left after the whole blocks (timed codes, first line).</summary>
    public int LeftoverMinutes { get; init; }

    /// <summary>
    /// Whether the left-over minutes compete for the day's left-over units under the 8-minute rule: not a once-a-day
    /// code that already has its unit, nor an add-on whose primary has no unit of its own.
    /// </summary>
    public bool ClaimsLeftover { get; init; }

    /// <summary>Whether the left-over minutes earned a unit.</summary>
    public bool LeftoverUnit { get; init; }

    /// <summary>
    /// On the first line of an add-on code that continues the time of a once-a-day primary (97130 after 97129): the
    /// 0-based line of the primary, where their minutes are counted together.
    /// </summary>
    public int? AddOnOf { get; init; }

    /// <summary>Units a once-a-day code earned beyond its one, with no line of its add-on code to bill them.</summary>
    public int UnitsOverDailyLimit { get; init; }

    /// <summary>The add-on code that bills a once-a-day code's further units, when the catalog has one.</summary>
    public ProcedureCode? AddOnCode { get; init; }

    /// <summary>An add-on code whose primary bills no unit today, so it bills none either.</summary>
    public bool WithoutPrimaryUnit { get; init; }

    public bool IsTimed => BillingCode.IsTimed;
}
