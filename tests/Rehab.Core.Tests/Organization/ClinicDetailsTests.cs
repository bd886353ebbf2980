using Rehab.Core.Organization;

namespace Rehab.Core.Tests.Organization;

public sealed class ClinicDetailsTests
{
    private static ClinicDetails Valid() => new("Mesa North", "100 N Main St", null, "Mesa", "AZ", "85201",
        "480-555-0100", "1234567893", "86-1234567", "America/Phoenix");

    [Fact]
    public void A_complete_clinic_is_valid_and_is_stored_in_canonical_form()
    {
        var details = Valid() with { State = "az", Phone = "1 (480) 555.0100", TaxId = "861234567" };
        Assert.True(details.Validate().IsValid);

        var clinic = details.ToNewClinic(Guid.NewGuid());
        Assert.Equal("AZ", clinic.Address.State);
        Assert.Equal("(480) 555-0100", clinic.Phone);
        Assert.Equal("86-1234567", clinic.TaxId?.Value);
        Assert.Equal("1234567893", clinic.Npi?.Value);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("addressLine1")]
    [InlineData("city")]
    [InlineData("state")]
    [InlineData("postalCode")]
    [InlineData("timeZone")]
    public void A_missing_required_field_is_named(string field)
    {
        var details = field switch
        {
            "name" => Valid() with { Name = " " },
            "addressLine1" => Valid() with { AddressLine1 = null },
            "city" => Valid() with { City = "" },
            "state" => Valid() with { State = null },
            "postalCode" => Valid() with { PostalCode = null },
            _ => Valid() with { TimeZone = null },
        };
        var errors = details.Validate().ToDictionary();
        Assert.Equal([field], errors.Keys);
        Assert.All(errors[field], m => Assert.False(string.IsNullOrWhiteSpace(m)));
    }

    [Theory]
    [InlineData("npi", "1234567890")]
    [InlineData("taxId", "12-34")]
    [InlineData("phone", "555-0100")]
    [InlineData("state", "ZZ")]
    [InlineData("postalCode", "8520")]
    [InlineData("timeZone", "Mars/Olympus_Mons")]
    [InlineData("timeZone", "EST")]
    public void A_malformed_value_is_named_with_its_rule(string field, string value)
    {
        var details = field switch
        {
            "npi" => Valid() with { Npi = value },
            "taxId" => Valid() with { TaxId = value },
            "phone" => Valid() with { Phone = value },
            "state" => Valid() with { State = value },
            "postalCode" => Valid() with { PostalCode = value },
            _ => Valid() with { TimeZone = value },
        };
        Assert.Equal([field], details.Validate().ToDictionary().Keys);
    }

    [Fact]
    public void Names_longer_than_the_column_are_refused()
    {
        var errors = (Valid() with { Name = new string('x', 201) }).Validate().ToDictionary();
        Assert.Contains("at most 200", errors["name"].Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/Phoenix", 2026, 11, 26, 6, 30, 2026, 11, 25)] // UTC 06:30 is 23:30 the day before in Phoenix
    [InlineData("America/New_York", 2026, 7, 1, 3, 59, 2026, 6, 30)]
    [InlineData("America/Denver", 2026, 7, 1, 6, 0, 2026, 7, 1)]
    public void The_date_of_service_is_the_clinic_calendar_date(string zone, int y, int mo, int d, int h, int mi, int ey, int em, int ed)
    {
        var clinic = (Valid() with { TimeZone = zone }).ToNewClinic(Guid.NewGuid());
        Assert.Equal(new DateOnly(ey, em, ed), clinic.DateAt(new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.Zero)));
    }
}
