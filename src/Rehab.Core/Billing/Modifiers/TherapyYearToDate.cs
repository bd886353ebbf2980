namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// A patient's Medicare allowed amounts for one therapy bucket in the calendar year of the date of service,
/// across all providers.
/// </summary>
public sealed record TherapyYearToDate(decimal AllowedBeforeVisit, decimal AllowedThisVisit)
{
    public decimal WithThisVisit => AllowedBeforeVisit + AllowedThisVisit;

    /// <summary>What could not be priced, in words: the amounts are low by it.</summary>
    public IReadOnlyList<string> NotPriced { get; init; } = [];
}
