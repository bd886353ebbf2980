using Rehab.Core.Patients;

namespace Rehab.Core.Tests.Patients;

public sealed class PatientDetailsTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static PatientDetails Valid() => new("Dana", "Reyes", new DateOnly(1961, 7, 4), Sex.Female, "MRN-00042");

    private static string[] Fields(PatientDetails details) => [.. details.Validate(Today).ToDictionary().Keys];

    [Fact]
    public void Name_birth_date_sex_and_record_number_are_enough() => Assert.Empty(Fields(Valid()));

    [Fact]
    public void A_complete_patient_is_stored_in_canonical_form()
    {
        var details = Valid() with
        {
            FirstName = " Dana ", MedicalRecordNumber = " mrn-00042 ", PreferredName = " ", GenderIdentity = " Woman ", Pronouns = "she/her",
            Phone = "1.480.555.0134", Email = " dana@example.com ", AddressLine1 = "12 Elm St ", City = "Mesa", State = "az", PostalCode = "85201",
        };
        Assert.Empty(Fields(details));

        var stored = details.Normalized();

        Assert.Equal(("Dana", "MRN-00042", null, "Woman"), (stored.FirstName, stored.MedicalRecordNumber, stored.PreferredName, stored.GenderIdentity));
        Assert.Equal(("(480) 555-0134", "dana@example.com"), (stored.Phone, stored.Email));
        Assert.Equal(("12 Elm St", null, "AZ"), (stored.AddressLine1, stored.AddressLine2, stored.State));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "firstName", "no first name" },
        { "lastName", "last name too long" },
        { "dateOfBirth", "no date of birth" },
        { "dateOfBirth", "born tomorrow" },
        { "dateOfBirth", "older than 130" },
        { "sex", "no sex" },
        { "sex", "undefined sex" },
        { "medicalRecordNumber", "no record number" },
        { "medicalRecordNumber", "record number with a space" },
        { "medicalRecordNumber", "record number of 21 characters" },
        { "phone", "short phone" },
        { "email", "email without domain" },
        { "pronouns", "pronouns too long" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_rule_names_its_field(string field, string defect)
    {
        var details = defect switch
        {
            "no first name" => Valid() with { FirstName = "" },
            "last name too long" => Valid() with { LastName = new string('x', 101) },
            "no date of birth" => Valid() with { DateOfBirth = null },
            "born tomorrow" => Valid() with { DateOfBirth = Today.AddDays(1) },
            "older than 130" => Valid() with { DateOfBirth = Today.AddYears(-130).AddDays(-1) },
            "no sex" => Valid() with { Sex = null },
            "undefined sex" => Valid() with { Sex = (Sex)7 },
            "no record number" => Valid() with { MedicalRecordNumber = " " },
            "record number with a space" => Valid() with { MedicalRecordNumber = "MRN 42" },
            "record number of 21 characters" => Valid() with { MedicalRecordNumber = new string('7', 21) },
            "short phone" => Valid() with { Phone = "555-0134" },
            "email without domain" => Valid() with { Email = "dana@" },
            _ => Valid() with { Pronouns = new string('x', 51) },
        };

        Assert.Equal([field], Fields(details));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-130)]
    public void Birth_dates_from_today_back_to_130_years_are_accepted(int years) =>
        Assert.Empty(Fields(Valid() with { DateOfBirth = Today.AddYears(years) }));

    [Fact]
    public void The_refusals_say_what_is_wrong()
    {
        var errors = (Valid() with { DateOfBirth = new DateOnly(1861, 7, 4), MedicalRecordNumber = "#42" }).Validate(Today).ToDictionary();

        Assert.Equal("Date of birth 1861-07-04 would make the patient older than 130; check the year.", errors["dateOfBirth"].Single());
        Assert.Equal("Medical record number must be 1 to 20 letters, digits or dashes, such as MRN-00042.", errors["medicalRecordNumber"].Single());
    }

    [Fact]
    public void A_partial_address_needs_its_other_parts()
    {
        Assert.Equal(["addressLine1", "state", "postalCode"], Fields(Valid() with { City = "Mesa" }));
        Assert.Null((Valid() with { AddressLine2 = " " }).Normalized().City);
    }

    [Theory]
    [InlineData("mrn-7", "MRN-7")]
    [InlineData(" 000123 ", "000123")]
    public void Record_numbers_are_kept_upper_case_so_that_one_number_is_not_stored_twice(string text, string stored) =>
        Assert.Equal(stored, PatientDetails.NormalizeMedicalRecordNumber(text));
}
