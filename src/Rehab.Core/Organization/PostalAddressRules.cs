using Rehab.Core.Common;

namespace Rehab.Core.Organization;

/// <summary>The checks every US street address entered in the product gets.</summary>
internal static class PostalAddressRules
{
    public static void Validate(ValidationErrors errors, string? line1, string? line2, string? city, string? state, string? postalCode)
    {
        errors.Required("addressLine1", line1, "Street address", 200);
        errors.MaxLength("addressLine2", line2, "Address line 2", 200);
        errors.Required("city", city, "City", 100);
        if (!UsState.IsValid(state))
            errors.Add("state", "State must be a two-letter US state or territory code, such as AZ.");
        if (!UsPostalCode.IsValid(postalCode))
            errors.Add("postalCode", "ZIP code must be five digits, or ZIP+4 written 12345-6789.");
    }

    public static PostalAddress Normalize(string line1, string? line2, string city, string state, string postalCode) =>
        new(line1.Trim(), Text.TrimToNull(line2), city.Trim(), state.Trim().ToUpperInvariant(), postalCode.Trim());
}
