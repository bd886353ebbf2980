using Rehab.Core.Organization;

namespace Rehab.Core.Tests.Organization;

public sealed class CompanyDetailsTests
{
    [Fact]
    public void A_company_needs_a_name_and_a_well_formed_tax_id()
    {
        var errors = new CompanyDetails("", "1234", "12").Validate().ToDictionary();
        Assert.Equal(["name", "phone", "taxId"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("12-3456789", "12-3456789")]
    [InlineData("123456789", "12-3456789")]
    [InlineData(" 12 3456789 ", "12-3456789")]
    public void Tax_ids_are_stored_as_nn_nnnnnnn(string input, string stored)
    {
        Assert.True(TaxId.TryParse(input, out var id));
        Assert.Equal(stored, id.Value);
    }

    [Theory]
    [InlineData("1-2-3456789")]
    [InlineData("12-345678")]
    [InlineData("ab-cdefghi")]
    public void Malformed_tax_ids_are_refused(string input) => Assert.False(TaxId.TryParse(input, out _));
}
