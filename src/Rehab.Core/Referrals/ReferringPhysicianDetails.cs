using Rehab.Core.Common;
using Rehab.Core.Organization;

namespace Rehab.Core.Referrals;

/// <summary>
/// A physician (or other practitioner) who refers patients, as the front office enters them. The NPI is required:
/// a claim names the referring provider by it (CMS-1500 box 17b).
/// </summary>
public sealed record ReferringPhysicianDetails(string? FirstName, string? LastName, string? Npi, string? Phone = null, string? Fax = null)
{
    public const int NameMaxLength = 100;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Required("firstName", FirstName, "First name", NameMaxLength);
        errors.Required("lastName", LastName, "Last name", NameMaxLength);
        if (string.IsNullOrWhiteSpace(Npi))
            errors.Add("npi", "NPI is required: the claim names the referring provider by it.");
        else if (!Organization.Npi.TryParse(Npi, out _))
            errors.Add("npi", Organization.Npi.Rule);
        PhoneNumber.Validate(errors, "phone", Phone);
        PhoneNumber.Validate(errors, "fax", Fax, "Fax");
        return errors;
    }

    /// <summary>The details as stored: trimmed, phone and fax as (NPA) NXX-XXXX. Call only after <see cref="Validate"/> passed.</summary>
    public ReferringPhysicianDetails Normalized() => new(
        FirstName!.Trim(), LastName!.Trim(), Organization.Npi.Parse(Npi!).Value, PhoneNumber.FormatOptional(Phone), PhoneNumber.FormatOptional(Fax));
}
