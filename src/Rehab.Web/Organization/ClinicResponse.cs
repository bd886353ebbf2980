using Rehab.Core.Organization;

namespace Rehab.Web.Organization;

public sealed record ClinicResponse(
    Guid Id, string Name, string AddressLine1, string? AddressLine2, string City, string State, string PostalCode,
    string? Phone, string? Npi, string? TaxId, string TimeZone, bool IsActive)
{
    public static ClinicResponse From(Clinic c) => new(c.Id, c.Name, c.Address.Line1, c.Address.Line2, c.Address.City,
        c.Address.State, c.Address.PostalCode, c.Phone, c.Npi?.Value, c.TaxId?.Value, c.TimeZoneId, c.IsActive);
}

public sealed record CompanyResponse(Guid Id, string Name, string? TaxId, string? Phone)
{
    public static CompanyResponse From(Company c) => new(c.Id, c.Name, c.TaxId?.Value, c.Phone);
}
