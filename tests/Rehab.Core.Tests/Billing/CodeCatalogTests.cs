using Rehab.Core.Billing;

namespace Rehab.Core.Tests.Billing;

public sealed class CodeCatalogTests
{
    private static BillingCode Standard(string code) => CodeCatalog.Standard.Find(ProcedureCode.Parse(code))!;

    public static TheoryData<string> Section3Codes() =>
    [
        "97010", "97012", "97014", "G0283", "97016", "97018", "97022", "97024", "97026", "97028", "97032", "97033",
        "97034", "97035", "97036", "97110", "97112", "97113", "97116", "97124", "97140", "97530", "97533", "97535",
        "97537", "97542", "97750", "97755", "97760", "97761", "97763", "97150", "97161", "97162", "97163", "97164",
        "97165", "97166", "97167", "97168", "97129", "97130", "98960", "98961", "98962", "92521",
    ];

    [Theory]
    [MemberData(nameof(Section3Codes))]
    public void Every_code_of_billing_rules_s3_is_in_the_standard_catalog(string code)
    {
        var entry = Standard(code);
        Assert.False(string.IsNullOrWhiteSpace(entry.Descriptor));
        Assert.NotEmpty(entry.Disciplines);
        Assert.False(entry.IsCustom);
    }

    [Theory]
    [InlineData("97110", 15)]
    [InlineData("97140", 15)]
    [InlineData("97035", 15)]
    [InlineData("97129", 15)]
    [InlineData("98960", 30)]
    [InlineData("98961", 30)]
    [InlineData("98962", 30)]
    public void Timed_codes_carry_their_unit_length_billing_rules_s3(string code, int minutes)
    {
        Assert.True(Standard(code).IsTimed);
        Assert.Equal(minutes, Standard(code).UnitMinutes);
    }

    [Theory]
    [InlineData("97010")]
    [InlineData("97014")]
    [InlineData("G0283")]
    [InlineData("97150")]
    [InlineData("97161")]
    [InlineData("97168")]
    [InlineData("92521")]
    public void Supervised_modalities_group_and_evaluations_are_untimed_CMS_s20_2(string code)
    {
        Assert.False(Standard(code).IsTimed);
        Assert.Null(Standard(code).UnitMinutes);
    }

    [Theory]
    [InlineData("97161"), InlineData("97162"), InlineData("97163"), InlineData("97164")]
    [InlineData("97165"), InlineData("97166"), InlineData("97167"), InlineData("97168"), InlineData("92521")]
    public void Evaluations_and_re_evaluations_are_marked_evaluative(string code) => Assert.True(Standard(code).IsEvaluation);

    [Fact]
    public void Treatment_codes_are_not_evaluative() => Assert.False(Standard("97110").IsEvaluation);

    [Fact]
    public void Medicare_does_not_take_97014_and_bills_G0283_instead_billing_rules_s1_5()
    {
        var estim = Standard("97014");
        Assert.False(estim.IsValidForMedicare);
        Assert.Equal(ProcedureCode.Parse("G0283"), estim.MedicareReplacement);
        Assert.True(Standard("G0283").IsValidForMedicare);
    }

    [Fact]
    public void Hot_and_cold_packs_97010_are_bundled_for_Medicare_status_B_but_still_recorded()
    {
        Assert.True(Standard("97010").MedicareBundled);
        Assert.True(Standard("97010").IsValidForMedicare);
        Assert.False(Standard("97110").MedicareBundled);
    }

    [Fact]
    public void Cognitive_function_97130_is_an_add_on_of_97129()
    {
        Assert.Equal(ProcedureCode.Parse("97129"), Standard("97130").AddOnTo);
        Assert.Null(Standard("97129").AddOnTo);
    }

    [Fact]
    public void Evaluations_belong_to_their_discipline()
    {
        Assert.Equal([Discipline.PT], Standard("97161").Disciplines);
        Assert.Equal([Discipline.OT], Standard("97165").Disciplines);
        Assert.Equal([Discipline.SLP], Standard("92521").Disciplines);
        Assert.True(Standard("97110").IsFor(Discipline.OT));
    }

    [Fact]
    public void An_unknown_code_is_not_found()
    {
        Assert.Null(CodeCatalog.Standard.Find(ProcedureCode.Parse("97999")));
        Assert.False(CodeCatalog.Standard.TryFind(ProcedureCode.Parse("97999"), out _));
    }

    [Fact]
    public void A_company_catalog_holds_the_standard_codes_and_its_custom_codes()
    {
        var catalog = CodeCatalog.WithCustomCodes(
        [
            new CustomCodeDetails(" s9131 ", " Home program review ", IsTimed: true, UnitMinutes: 15, [Discipline.PT]),
            new CustomCodeDetails("S9090", "Take-home kit", IsTimed: false, UnitMinutes: 15),
        ]);

        var timed = catalog.Find(ProcedureCode.Parse("S9131"))!;
        Assert.True(timed.IsCustom);
        Assert.Equal("Home program review", timed.Descriptor);
        Assert.Equal(15, timed.UnitMinutes);
        Assert.Equal([Discipline.PT], timed.Disciplines);
        var untimed = catalog.Find(ProcedureCode.Parse("S9090"))!;
        Assert.False(untimed.IsTimed);
        Assert.Equal([Discipline.PT, Discipline.OT, Discipline.SLP], untimed.Disciplines);
        Assert.True(catalog.Contains(ProcedureCode.Parse("97110")));
        Assert.Equal(CodeCatalog.Standard.Codes.Count + 2, catalog.Codes.Count);
        Assert.False(CodeCatalog.Standard.Contains(ProcedureCode.Parse("S9131")));
    }

    [Theory]
    [InlineData(null, "Kit", false, null, "code")]
    [InlineData("9713", "Kit", false, null, "code")]
    [InlineData("ABCDE", "Kit", false, null, "code")]
    [InlineData("97110", "Our exercise", true, 15, "code")]
    [InlineData("S9131", " ", true, 15, "descriptor")]
    [InlineData("S9131", "Review", true, null, "unitMinutes")]
    [InlineData("S9131", "Review", true, 20, "unitMinutes")]
    public void A_custom_code_is_refused_with_the_field_named(string? code, string descriptor, bool timed, int? unitMinutes, string field)
    {
        var details = new CustomCodeDetails(code, descriptor, timed, unitMinutes);

        var errors = details.Validate().ToDictionary();

        Assert.Equal([field], errors.Keys);
        Assert.Throws<ArgumentException>(() => CodeCatalog.WithCustomCodes([details]));
    }

    [Fact]
    public void A_custom_code_clashing_with_a_standard_code_says_so()
    {
        var errors = new CustomCodeDetails("97110", "Our exercise", true, 15).Validate().ToDictionary();

        Assert.Contains("already a standard code", errors["code"].Single());
    }

    [Fact]
    public void A_custom_descriptor_is_at_most_200_characters() =>
        Assert.False(new CustomCodeDetails("S9131", new string('x', 201), false).Validate().IsValid);

    [Fact]
    public void A_custom_code_listed_twice_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => CodeCatalog.WithCustomCodes(
            [new CustomCodeDetails("S9131", "Review", true, 15), new CustomCodeDetails("s9131", "Review again", false)]));

        Assert.Contains("S9131 is listed twice", refused.Message);
    }

    [Fact]
    public void No_custom_codes_is_the_standard_catalog() => Assert.Same(CodeCatalog.Standard, CodeCatalog.WithCustomCodes([]));
}
