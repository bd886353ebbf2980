using Rehab.Core.Common;

namespace Rehab.Core.Organization;

/// <summary>What an admin enters for the company itself.</summary>
public sealed record CompanyDetails(string? Name, string? TaxId, string? Phone)
{
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Required("name", Name, "Company name", 200);
        if (!string.IsNullOrWhiteSpace(TaxId) && !Organization.TaxId.TryParse(TaxId, out _))
            errors.Add("taxId", "Tax id must be nine digits, written 12-3456789.");
        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumber.IsValid(Phone))
            errors.Add("phone", "Phone must be a 10-digit US number, such as (602) 555-0100.");
        return errors;
    }

    public void ApplyTo(Company company)
    {
        company.Name = Name!.Trim();
        company.TaxId = string.IsNullOrWhiteSpace(TaxId) ? null : Organization.TaxId.Parse(TaxId);
        company.Phone = string.IsNullOrWhiteSpace(Phone) ? null : PhoneNumber.Format(Phone);
    }

    public static CompanyDetails From(Company c) => new(c.Name, c.TaxId?.Value, c.Phone);
}
