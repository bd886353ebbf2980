using Rehab.Core.Billing;
using Rehab.Core.Settings;

namespace Rehab.Core.Tests.Billing;

public sealed class PlaceOfServiceTests
{
    [Theory]
    [InlineData("11", "11 (Office)")]
    [InlineData(" 12 ", "12 (Home)")]
    [InlineData("10", "10 (Telehealth Provided in Patient's Home)")]
    [InlineData("98", "98")]
    public void Two_digits_are_a_place_of_service_and_the_known_ones_have_names(string text, string shown)
    {
        Assert.True(PlaceOfService.TryParse(text, out var pos));
        Assert.Equal(shown, pos.ToString());
    }

    [Theory]
    [InlineData("00")]
    [InlineData("1")]
    [InlineData("111")]
    [InlineData("1a")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(PlaceOfService.TryParse(text, out _));
        Assert.False(new ClinicSettings { DefaultPlaceOfService = text! }.Validate().IsValid);
    }
}
