using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Cases;

namespace Rehab.Core.Tests.Cases;

public sealed class Icd10CodeTests
{
    [Theory]
    [InlineData("M54.50", "M54.50")]
    [InlineData("m5450", "M54.50")]
    [InlineData(" S83.511A ", "S83.511A")]
    [InlineData("S83511a", "S83.511A")]
    [InlineData("R26.2", "R26.2")]
    [InlineData("Z96.651", "Z96.651")]
    [InlineData("G81", "G81")]
    [InlineData("c7a.1", "C7A.1")]
    [InlineData("U07.1", "U07.1")]
    public void Accepts_codes_with_or_without_the_dot_and_keeps_them_dotted_and_upper_case(string text, string expected)
    {
        Assert.True(Icd10Code.TryParse(text, out var code));
        Assert.Equal(expected, code.Value);
        Assert.Equal(expected[..3], code.Category);
    }

    [Theory]
    [InlineData("M54.")]        // a dot with nothing after it
    [InlineData("M54.12345")]   // five characters after the dot
    [InlineData("M5412345")]
    [InlineData("5M4.50")]      // starts with a digit
    [InlineData("MM4.50")]      // second character a letter
    [InlineData("M5")]
    [InlineData("M54-50")]
    [InlineData("M54..50")]
    [InlineData("M5.450")]
    [InlineData("M54.5 0")]
    [InlineData("97110")]
    public void Refuses_what_is_not_a_code_and_says_what_a_code_looks_like(string text)
    {
        Assert.False(Icd10Code.TryParse(text, out var code, out var error));
        Assert.Equal(default, code);
        Assert.Equal($"'{text}' is not an ICD-10-CM code. {Icd10Code.Rule}", error);
        Assert.Equal(error, Assert.Throws<FormatException>(() => Icd10Code.Parse(text)).Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_code_is_missing(string? text)
    {
        Assert.False(Icd10Code.TryParse(text, out _, out var error));
        Assert.Equal("A diagnosis code is required.", error);
    }

    private static readonly Gen<char> Letter = Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".ToCharArray());
    private static readonly Gen<char> Digit = Gen.Elements("0123456789".ToCharArray());
    private static readonly Gen<char> LetterOrDigit = Gen.OneOf(Letter, Digit);

    private static readonly Gen<(string Category, string Tail)> AnyCode =
        from a in Letter
        from b in Digit
        from c in LetterOrDigit
        from rest in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(LetterOrDigit, n))
        select ($"{a}{b}{c}", new string(rest));

    [Property]
    public Property Normalizing_is_idempotent() =>
        Prop.ForAll(AnyCode.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (code, dotted) =>
        {
            var text = code.Tail.Length > 0 && dotted ? $"{code.Category}.{code.Tail}" : code.Category + code.Tail;
            var once = Icd10Code.Parse(text);
            return Icd10Code.Parse(once.Value) == once && Icd10Code.Parse(once.Value.ToLowerInvariant()) == once;
        });

    [Property]
    public Property With_or_without_the_dot_is_the_same_code() =>
        Prop.ForAll(AnyCode.Where(c => c.Tail.Length > 0).ToArbitrary(), code =>
        {
            var dotted = $"{code.Category}.{code.Tail}".ToUpperInvariant();
            var undotted = Icd10Code.Parse(code.Category + code.Tail);
            return Icd10Code.Parse($"{code.Category}.{code.Tail}") == undotted && undotted.Value == dotted;
        });

    [Property]
    public Property A_valid_code_is_the_category_and_at_most_four_more() =>
        Prop.ForAll(Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.OneOf(LetterOrDigit, Gen.Elements('.', '-', ' ')), n)).ToArbitrary(), chars =>
        {
            var text = new string(chars);
            return !Icd10Code.TryParse(text, out var code) || (code.Value.Length <= 8 && code.Value.Replace(".", "").Length is >= 3 and <= 7);
        });
}
