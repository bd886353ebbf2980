using Rehab.Core.Billing.Threshold;
using Rehab.Core.Common;

namespace Rehab.Core.Patients;

/// <summary>
/// What other providers billed Medicare for the patient's therapy in one calendar year, as the clinic enters it
/// on the Medicare policy: physical therapy and speech-language pathology together, and occupational therapy,
/// the two buckets of the KX threshold (SSA §1833(g)).
/// </summary>
public sealed record MedicarePriorAmounts(int Year, decimal PhysicalAndSpeech, decimal Occupational)
{
    /// <summary>The first year of the KX thresholds (BBA 2018 §50202); earlier amounts count toward nothing.</summary>
    public const int FirstYear = 2018;

    /// <param name="today">The date at the clinic: amounts for a year that has not begun cannot be known.</param>
    /// <param name="prefix">Put before the field names when the amounts are part of a larger request.</param>
    public ValidationErrors Validate(DateOnly today, string prefix = "") => Validate(new ValidationErrors(), today, prefix);

    internal ValidationErrors Validate(ValidationErrors errors, DateOnly today, string prefix)
    {
        if (Year < FirstYear || Year > today.Year)
            errors.Add(prefix + "year", $"The year must be from {FirstYear} to {today.Year}.");
        Amount(errors, prefix + "physicalAndSpeech", PhysicalAndSpeech, "The PT and SLP amount");
        Amount(errors, prefix + "occupational", Occupational, "The OT amount");
        return errors;
    }

    /// <summary>The amounts as the threshold estimate takes them. Call only after <see cref="Validate"/> passed.</summary>
    public PriorProviderAmount ToPriorProviderAmount() => new(Year, PhysicalAndSpeech, Occupational);

    private static void Amount(ValidationErrors errors, string field, decimal amount, string label)
    {
        if (amount < 0)
            errors.Add(field, $"{label} cannot be negative; enter 0 when other providers billed nothing.");
        else if (decimal.Round(amount, 2) != amount)
            errors.Add(field, $"{label} is in dollars and cents: at most two decimal places.");
    }
}
