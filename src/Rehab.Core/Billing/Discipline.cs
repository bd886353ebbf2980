namespace Rehab.Core.Billing;

/// <summary>The therapy discipline of a plan of care.</summary>
public enum Discipline
{
    /// <summary>Physical therapy.</summary>
    PT,
    /// <summary>Occupational therapy.</summary>
    OT,
    /// <summary>Speech-language pathology.</summary>
    SLP,
}
