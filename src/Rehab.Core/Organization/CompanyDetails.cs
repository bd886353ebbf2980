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
        PhoneNumber.Validate(errors, "phone", Phone);
        return errors;
    }

    public void ApplyTo(Company company)
    {
        company.Name = Name!.Trim();
        company.TaxId = string.IsNullOrWhiteSpace(TaxId) ? null : Organization.TaxId.Parse(TaxId);
        company.Phone = PhoneNumber.FormatOptional(Phone);
    }

    public static CompanyDetails From(Company c) => new(c.Name, c.TaxId?.Value, c.Phone);
}
