namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// A patient's Medicare allowed amounts for one therapy bucket in the calendar year of the date of service,
/// across all providers.
/// </summary>
public sealed record TherapyYearToDate(decimal AllowedBeforeVisit, decimal AllowedThisVisit)
{
    public decimal WithThisVisit => AllowedBeforeVisit + AllowedThisVisit;
}
