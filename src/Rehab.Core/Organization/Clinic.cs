using Rehab.Core.Common;

namespace Rehab.Core.Organization;

/// <summary>A location of the company, with its own time zone in which dates of service are counted.</summary>
public sealed class Clinic : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public required string Name { get; set; }
    public required PostalAddress Address { get; set; }
    public string? Phone { get; set; }
    public Npi? Npi { get; set; }
    public TaxId? TaxId { get; set; }
    public required string TimeZoneId { get; set; }
    public bool IsActive { get; set; } = true;

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The calendar date at the clinic for an instant: the date of service it belongs to.</summary>
    public DateOnly DateAt(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);
}
