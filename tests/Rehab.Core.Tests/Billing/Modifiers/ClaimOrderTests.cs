using Rehab.Core.Billing.Modifiers;

namespace Rehab.Core.Tests.Billing.Modifiers;

public sealed class ClaimOrderTests
{
    [Fact]
    public void Discipline_then_assistant_as_CMS_writes_97110_GP_CQ_then_59_or_X_then_KX() =>
        Assert.Equal(["GP", "CQ", "XS", "KX"],
            ClaimOrder.Sort([Modifier.KX, Modifier.XS, Modifier.CQ, Modifier.GP]).Select(m => m.Code));

    [Fact]
    public void A_modifier_appears_once() =>
        Assert.Equal(["GO", "59"], ClaimOrder.Sort([Modifier.DistinctProcedural, Modifier.GO, Modifier.DistinctProcedural]).Select(m => m.Code));

    [Theory]
    [InlineData("gp", "GP")]
    [InlineData(" 59 ", "59")]
    public void Parses_two_character_modifiers(string text, string code) => Assert.Equal(code, Modifier.Parse(text).Code);

    [Theory]
    [InlineData("")]
    [InlineData("G")]
    [InlineData("GPX")]
    [InlineData("G-")]
    [InlineData(null)]
    public void Refuses_anything_else(string? text) => Assert.False(Modifier.TryParse(text, out _));
}
