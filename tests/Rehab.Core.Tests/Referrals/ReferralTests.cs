using Rehab.Core.Referrals;

namespace Rehab.Core.Tests.Referrals;

public sealed class ReferralTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void A_referring_physician_is_named_and_identified_by_a_valid_npi()
    {
        var physician = new ReferringPhysicianDetails(" Ana ", "Ortiz", "1245319599", "602-555-0100", "(602) 555 0101");

        Assert.True(physician.Validate().IsValid);
        Assert.Equal(new ReferringPhysicianDetails("Ana", "Ortiz", "1245319599", "(602) 555-0100", "(602) 555-0101"), physician.Normalized());
    }

    [Theory]
    [InlineData(null, "Ortiz", "1245319599", null, "firstName")]
    [InlineData("Ana", "", "1245319599", null, "lastName")]
    [InlineData("Ana", "Ortiz", null, null, "npi")]
    [InlineData("Ana", "Ortiz", "1245319598", null, "npi")]
    [InlineData("Ana", "Ortiz", "124531959", null, "npi")]
    [InlineData("Ana", "Ortiz", "1245319599", "555-01", "fax")]
    public void Each_physician_rule_names_its_field(string? first, string? last, string? npi, string? fax, string field) =>
        Assert.Equal([field], new ReferringPhysicianDetails(first, last, npi, Fax: fax).Validate().ToDictionary().Keys);

    [Fact]
    public void A_wrong_check_digit_is_refused_in_the_npi_s_words() =>
        Assert.Equal("NPI must be ten digits with a valid check digit.",
            new ReferringPhysicianDetails("Ana", "Ortiz", "1245319598").Validate().ToDictionary()["npi"].Single());

    [Fact]
    public void A_marketing_source_has_a_name()
    {
        Assert.True(new MarketingSourceDetails("Employer health fair").Validate().IsValid);
        Assert.Equal(["name"], new MarketingSourceDetails(" ").Validate().ToDictionary().Keys);
    }

    [Fact]
    public void A_referral_comes_from_a_physician_or_a_marketing_source_with_its_diagnoses()
    {
        var referral = new ReferralDetails(Guid.NewGuid(), null, Today, ["s83511a", "M25.561"]);

        Assert.True(referral.Validate(Today).IsValid);
        Assert.Equal(["S83.511A", "M25.561"], referral.Diagnoses().Select(d => d.Value));
        Assert.True(new ReferralDetails(null, Guid.NewGuid(), Today.AddDays(-30)).Validate(Today).IsValid);
    }

    [Theory]
    [InlineData(true, true, "not both")]
    [InlineData(false, false, "Choose the referring physician, or a marketing source")]
    public void Exactly_one_source(bool physician, bool marketing, string message)
    {
        var referral = new ReferralDetails(physician ? Guid.NewGuid() : null, marketing ? Guid.NewGuid() : Guid.Empty, Today);

        Assert.Contains(message, referral.Validate(Today).ToDictionary()["referringPhysicianId"].Single());
    }

    [Fact]
    public void A_referral_is_received_by_today()
    {
        Assert.Equal(["receivedDate"], new ReferralDetails(Guid.NewGuid(), null, Today.AddDays(1)).Validate(Today).ToDictionary().Keys);
        Assert.Equal(["receivedDate"], new ReferralDetails(Guid.NewGuid(), null, null).Validate(Today).ToDictionary().Keys);
        Assert.Equal(["receivedDate"],
            new ReferralDetails(Guid.NewGuid(), null, new(1899, 12, 31)).Validate(Today).ToDictionary().Keys);
    }

    [Fact]
    public void An_all_zero_source_id_is_refused_and_never_read_as_none()
    {
        var errors = new ReferralDetails(Guid.NewGuid(), Guid.Empty, Today).Validate(Today).ToDictionary();

        Assert.Equal(["marketingSourceId"], errors.Keys);
        Assert.Contains("all zeros", errors["marketingSourceId"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Referral_diagnoses_are_icd_10_cm_codes_listed_once()
    {
        var errors = new ReferralDetails(Guid.NewGuid(), null, Today, ["M54.50", "M5450", "knee"]).Validate(Today).ToDictionary();

        Assert.Equal(["diagnosisCodes[1]", "diagnosisCodes[2]"], errors.Keys);
        Assert.StartsWith("'knee' is not an ICD-10-CM code.", errors["diagnosisCodes[2]"].Single());
    }
}
