using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Organization;

namespace Rehab.Core.Tests.Organization;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893")] // the CMS worked example
    [InlineData("1245319599")]
    [InlineData(" 1234567893 ")]
    public void Accepts_npis_with_a_valid_check_digit(string text)
    {
        Assert.True(Npi.TryParse(text, out var npi));
        Assert.Equal(text.Trim(), npi.Value);
    }

    [Theory]
    [InlineData("1234567890")]
    [InlineData("123456789")]
    [InlineData("12345678931")]
    [InlineData("12345678a3")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_anything_else(string? text) => Assert.False(Npi.TryParse(text, out _));

    [Property]
    public Property Every_nine_digit_prefix_has_exactly_one_check_digit() =>
        Prop.ForAll(Gen.Choose(0, 999_999_999).ToArbitrary(), prefix =>
        {
            var digits = prefix.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
            return Enumerable.Range(0, 10).Count(d => Npi.TryParse(digits + d, out _)) == 1;
        });

    [Property]
    public Property Changing_one_digit_of_a_valid_npi_makes_it_invalid() =>
        Prop.ForAll(Gen.Choose(0, 999_999_999).ToArbitrary(), Gen.Choose(0, 9).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(),
            (prefix, position, delta) =>
            {
                var digits = prefix.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
                var valid = Enumerable.Range(0, 10).Select(d => digits + d).Single(n => Npi.TryParse(n, out _));
                var chars = valid.ToCharArray();
                chars[position] = (char)('0' + (chars[position] - '0' + delta) % 10);
                return !Npi.TryParse(new string(chars), out _);
            });
}
