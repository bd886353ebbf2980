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
        PostalAddressRules.Validate(errors, AddressLine1, AddressLine2, City, State, PostalCode);
        PhoneNumber.Validate(errors, "phone", Phone);
        if (!string.IsNullOrWhiteSpace(Npi) && !Organization.Npi.TryParse(Npi, out _))
            errors.Add("npi", Organization.Npi.Rule);
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
        clinic.Address = PostalAddressRules.Normalize(AddressLine1!, AddressLine2, City!, State!, PostalCode!);
        clinic.Phone = PhoneNumber.FormatOptional(Phone);
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
}
