using Rehab.Core.Common;

namespace Rehab.Core.Organization;

/// <summary>What an admin enters for a clinic; <see cref="Validate"/> names every field that breaks a rule.</summary>
public sealed record ClinicDetails(
    string? Name,
    string? AddressLine1,
    string? AddressLine2,
    string? City,
    string? State,
    string? PostalCode,
    string? Phone,
    string? Npi,
    string? TaxId,
    string? TimeZone,
    bool IsActive = true)
{
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Required("name", Name, "Clinic name", 200);
        errors.Required("addressLine1", AddressLine1, "Street address", 200);
        errors.MaxLength("addressLine2", AddressLine2, "Address line 2", 200);
        errors.Required("city", City, "City", 100);
        if (!UsState.IsValid(State))
            errors.Add("state", "State must be a two-letter US state or territory code, such as AZ.");
        if (!UsPostalCode.IsValid(PostalCode))
            errors.Add("postalCode", "ZIP code must be five digits, or ZIP+4 written 12345-6789.");
        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumber.IsValid(Phone))
            errors.Add("phone", "Phone must be a 10-digit US number, such as (602) 555-0100.");
        if (!string.IsNullOrWhiteSpace(Npi) && !Organization.Npi.TryParse(Npi, out _))
            errors.Add("npi", "NPI must be ten digits with a valid check digit.");
        if (!string.IsNullOrWhiteSpace(TaxId) && !Organization.TaxId.TryParse(TaxId, out _))
            errors.Add("taxId", "Tax id must be nine digits, written 12-3456789.");
        if (!ClinicTimeZone.IsValid(TimeZone))
            errors.Add("timeZone", "Time zone must be an IANA time zone name, such as America/Phoenix.");
        return errors;
    }

    /// <summary>Copies validated details onto a clinic. Call only after <see cref="Validate"/> passed.</summary>
    public void ApplyTo(Clinic clinic)
    {
        clinic.Name = Name!.Trim();
        clinic.Address = new PostalAddress(AddressLine1!.Trim(), Blank(AddressLine2), City!.Trim(),
            State!.Trim().ToUpperInvariant(), PostalCode!.Trim());
        clinic.Phone = string.IsNullOrWhiteSpace(Phone) ? null : PhoneNumber.Format(Phone);
        clinic.Npi = string.IsNullOrWhiteSpace(Npi) ? null : Organization.Npi.Parse(Npi);
        clinic.TaxId = string.IsNullOrWhiteSpace(TaxId) ? null : Organization.TaxId.Parse(TaxId);
        clinic.TimeZoneId = TimeZone!.Trim();
        clinic.IsActive = IsActive;
    }

    public Clinic ToNewClinic(Guid companyId)
    {
        var clinic = new Clinic
        {
            CompanyId = companyId,
            Name = "",
            Address = new PostalAddress("", null, "", "", ""),
            TimeZoneId = "",
        };
        ApplyTo(clinic);
        return clinic;
    }

    public static ClinicDetails From(Clinic c) => new(c.Name, c.Address.Line1, c.Address.Line2, c.Address.City,
        c.Address.State, c.Address.PostalCode, c.Phone, c.Npi?.Value, c.TaxId?.Value, c.TimeZoneId, c.IsActive);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
