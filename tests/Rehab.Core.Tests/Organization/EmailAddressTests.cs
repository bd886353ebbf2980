using Rehab.Core.Organization;

namespace Rehab.Core.Tests.Organization;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("dana@example.com", true)]
    [InlineData(" dana.reyes+pt@mail.example.org ", true)]
    [InlineData("dana@example", false)]
    [InlineData("dana@", false)]
    [InlineData("@example.com", false)]
    [InlineData("dana reyes@example.com", false)]
    [InlineData("dana@@example.com", false)]
    [InlineData("dana@example..com", false)]
    [InlineData(null, false)]
    public void An_address_has_a_name_an_at_and_a_dotted_domain(string? text, bool valid) =>
        Assert.Equal(valid, EmailAddress.IsValid(text));
}
