using Rehab.Core.Common;

namespace Rehab.Core.Cases;

/// <summary>A payer's authorization of a number of visits between two dates, inclusive.</summary>
public sealed record AuthorizationDetails(int Visits, DateOnly StartDate, DateOnly EndDate, string? Number = null)
{
    public const int NumberMaxLength = 30;

    public bool Covers(DateOnly dateOfService) => dateOfService >= StartDate && dateOfService <= EndDate;

    internal void Validate(ValidationErrors errors, string prefix)
    {
        if (Visits <= 0)
            errors.Add(prefix + "visits", "Authorized visits must be at least 1.");
        if (EndDate < StartDate)
            errors.Add(prefix + "endDate", $"The authorization cannot end ({EndDate:yyyy-MM-dd}) before it starts ({StartDate:yyyy-MM-dd}).");
        errors.MaxLength(prefix + "number", Number?.Trim(), "Authorization number", NumberMaxLength);
    }
}
