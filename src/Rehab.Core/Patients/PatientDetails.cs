using System.Text.RegularExpressions;
using Rehab.Core.Common;
using Rehab.Core.Organization;

namespace Rehab.Core.Patients;

/// <summary>
/// What the front office enters for a patient; <see cref="Validate"/> names every field that breaks a rule.
/// The address is optional, but once any part of it is entered the street, city, state and ZIP are needed.
/// That the medical record number is unique within the company is the database's check, not this one's.
/// </summary>
public sealed partial record PatientDetails(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    Sex? Sex,
    string? MedicalRecordNumber,
    bool IsActive = true)
{
    public const int NameMaxLength = 100;
    public const int MedicalRecordNumberMaxLength = 20;
    public const int GenderIdentityMaxLength = 100;
    public const int PronounsMaxLength = 50;

    /// <summary>No one alive was born longer ago than this.</summary>
    public const int MaxAgeYears = 130;

    public string? PreferredName { get; init; }
    public string? GenderIdentity { get; init; }
    public string? Pronouns { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? AddressLine1 { get; init; }
    public string? AddressLine2 { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? PostalCode { get; init; }

    public bool HasAddress =>
        new[] { AddressLine1, AddressLine2, City, State, PostalCode }.Any(p => !string.IsNullOrWhiteSpace(p));

    /// <param name="today">The date at the clinic, for the date-of-birth checks.</param>
    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.Required("firstName", FirstName, "First name", NameMaxLength);
        errors.Required("lastName", LastName, "Last name", NameMaxLength);
        errors.MaxLength("preferredName", PreferredName?.Trim(), "Preferred name", NameMaxLength);
        if (DateOfBirth is not { } born)
            errors.Add("dateOfBirth", "Date of birth is required.");
        else if (born > today)
            errors.Add("dateOfBirth", $"Date of birth {born:yyyy-MM-dd} is in the future.");
        else if (born < today.AddYears(-MaxAgeYears))
            errors.Add("dateOfBirth", $"Date of birth {born:yyyy-MM-dd} would make the patient older than {MaxAgeYears}; check the year.");
        if (Sex is not { } sex)
            errors.Add("sex", "Sex is required: Female, Male or Unknown, as the patient's insurance has it.");
        else if (!Enum.IsDefined(sex))
            errors.Add("sex", "Sex must be Female, Male or Unknown.");
        errors.MaxLength("genderIdentity", GenderIdentity?.Trim(), "Gender identity", GenderIdentityMaxLength);
        errors.MaxLength("pronouns", Pronouns?.Trim(), "Pronouns", PronounsMaxLength);
        if (string.IsNullOrWhiteSpace(MedicalRecordNumber))
            errors.Add("medicalRecordNumber", "Medical record number is required.");
        else if (!MedicalRecordNumberPattern().IsMatch(MedicalRecordNumber.Trim()))
            errors.Add("medicalRecordNumber",
                $"Medical record number must be 1 to {MedicalRecordNumberMaxLength} letters, digits or dashes, such as MRN-00042.");
        PhoneNumber.Validate(errors, "phone", Phone);
        if (!string.IsNullOrWhiteSpace(Email) && !EmailAddress.IsValid(Email))
            errors.Add("email", "E-mail must be an address such as name@example.com.");
        if (HasAddress)
            PostalAddressRules.Validate(errors, AddressLine1, AddressLine2, City, State, PostalCode);
        return errors;
    }

    /// <summary>
    /// The details as they are stored: trimmed, blanks as null, the phone as (NPA) NXX-XXXX, state and medical
    /// record number in upper case (so that MRN-7 and mrn-7 are one number). Call only after <see cref="Validate"/> passed.
    /// </summary>
    public PatientDetails Normalized()
    {
        var address = HasAddress ? PostalAddressRules.Normalize(AddressLine1!, AddressLine2, City!, State!, PostalCode!) : null;
        return this with
        {
            FirstName = FirstName!.Trim(),
            LastName = LastName!.Trim(),
            MedicalRecordNumber = NormalizeMedicalRecordNumber(MedicalRecordNumber!),
            PreferredName = Text.TrimToNull(PreferredName),
            GenderIdentity = Text.TrimToNull(GenderIdentity),
            Pronouns = Text.TrimToNull(Pronouns),
            Phone = PhoneNumber.FormatOptional(Phone),
            Email = Text.TrimToNull(Email),
            AddressLine1 = address?.Line1,
            AddressLine2 = address?.Line2,
            City = address?.City,
            State = address?.State,
            PostalCode = address?.PostalCode,
        };
    }

    /// <summary>A medical record number as stored and searched: trimmed and upper-case.</summary>
    public static string NormalizeMedicalRecordNumber(string text) => text.Trim().ToUpperInvariant();

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$")]
    private static partial Regex MedicalRecordNumberPattern();
}
