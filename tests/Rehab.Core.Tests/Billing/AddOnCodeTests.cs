using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;

namespace Rehab.Core.Tests.Billing;

/// <summary>
/// Add-on and once-a-day codes as catalog data (AMA CPT: 97129 the first 15 minutes, once a day; +97130 each further
/// 15 minutes, reported only with 97129). The worked cases are in addons.json.
/// </summary>
public sealed class AddOnCodeTests
{
    private static readonly Gen<ServiceLine> Line =
        from code in Gen.Elements("97129", "97130", "97110", "97140", "97150")
        from minutes in Gen.Choose(0, 70)
        select ServiceLine.Of(code, minutes);

    /// <summary>Notes whose add-on lines have their primary on the same day, as the calculator requires.</summary>
    private static readonly Gen<ServiceLine[]> Note =
        from lines in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Line, n))
        from primary in Gen.Choose(0, 40)
        from note in Gen.Shuffle(lines.Any(l => l.Code.Value == "97130")
            ? [.. lines, ServiceLine.Of("97129", primary)]
            : lines)
        select note;

    private static readonly Gen<UnitRule> AnyRule = Gen.Elements(UnitRule.EightMinute, UnitRule.RuleOfEights);

    private static int Units(UnitCalculation result, string code) =>
        result.Lines.Where(l => l.Code.Value == code).Sum(l => l.Units);

    private static UnitCalculation Calculate(UnitRule rule, params (string Code, int Minutes)[] lines) =>
        UnitCalculator.Standard.Calculate(rule, [.. lines.Select(l => ServiceLine.Of(l.Code, l.Minutes))]);

    [Fact]
    public void The_catalog_holds_97129_once_a_day_and_97130_as_its_add_on()
    {
        var catalog = CodeCatalog.Standard;
        Assert.True(catalog.Find(ProcedureCode.Parse("97129"))!.OncePerDay);
        Assert.Equal(ProcedureCode.Parse("97129"), catalog.Find(ProcedureCode.Parse("97130"))!.AddOnTo);
        Assert.False(catalog.Find(ProcedureCode.Parse("97130"))!.OncePerDay);
    }

    [Theory]
    [InlineData(UnitRule.RuleOfEights)]
    [InlineData(UnitRule.EightMinute)]
    public void CPT_97129_alone_for_30_minutes_bills_once_and_says_the_rest_goes_on_97130(UnitRule rule)
    {
        var result = Calculate(rule, ("97129", 30));
        Assert.Equal(1, result.TotalUnits);
        Assert.Contains("billed once a day: 1 further unit go on a line of +97130", result.ExplainLine(0));
    }

    [Fact]
    public void CPT_an_add_on_is_never_billed_alone_when_its_primary_has_too_few_minutes_of_its_own()
    {
        var result = Calculate(UnitRule.RuleOfEights, ("97129", 5), ("97130", 10));
        Assert.Equal([1, 0], result.Lines.Select(l => l.Units));
        Assert.Contains("counted together on line 1", result.ExplainLine(1));
    }

    [Fact]
    public void CPT_the_first_unit_is_the_primarys_whichever_line_has_the_minutes()
    {
        var result = Calculate(UnitRule.RuleOfEights, ("97130", 40), ("97129", 0));
        Assert.Equal((2, 1), (Units(result, "97130"), Units(result, "97129")));
        Assert.Contains("takes the first", result.ExplainLine(1));
    }

    [Fact]
    public void A_tie_choice_is_stated_per_code_and_taken_back_as_the_pair()
    {
        var result = Calculate(UnitRule.EightMinute, ("97129", 10), ("97130", 10), ("97110", 20));
        var other = result.AllowedAllocations.Single(a => !a.Equals(result.Allocation));
        var chosen = result.Choose(other);
        Assert.Equal(other, chosen.Allocation);
        Assert.Equal(3, chosen.TotalUnits);
        Assert.False(result.Allows(new UnitAllocation([new(ProcedureCode.Parse("97129"), 0),
            new(ProcedureCode.Parse("97130"), 1), new(ProcedureCode.Parse("97110"), 2)])));
    }

    [Fact]
    public void A_custom_add_on_of_an_untimed_code_bills_nothing_when_its_primary_bills_nothing()
    {
        var catalog = CodeCatalog.WithCustomCodes([
            new CustomCodeDetails("X1234", "Home program review", IsTimed: true, UnitMinutes: 15) { AddOnTo = "97110" },
        ]);
        var result = new UnitCalculator(catalog).Calculate(UnitRule.RuleOfEights,
            [ServiceLine.Of("97110", 5), ServiceLine.Of("X1234", 15)]);
        Assert.Equal([0, 0], result.Lines.Select(l => l.Units));
        Assert.Contains("never billed without its primary", result.ExplainLine(1));
    }

    private static readonly UnitCalculator WithCustomAddOn = new(CodeCatalog.WithCustomCodes([
        new CustomCodeDetails("X1234", "Home program review", IsTimed: true, UnitMinutes: 15) { AddOnTo = "97110" },
    ]));

    // Pub. 100-04 Ch. 5 §20.2: 25 timed minutes are 2 units. The add-on's 10 min cannot take one while 97110 has no
    // unit of its own (CPT), so the day's second unit goes to the next left-over, 97110's 5 min, not lost.
    [Fact]
    public void An_add_on_whose_primary_has_no_unit_of_its_own_passes_its_left_over_unit_on()
    {
        var result = WithCustomAddOn.Calculate(UnitRule.EightMinute,
            [ServiceLine.Of("97110", 5), ServiceLine.Of("X1234", 10), ServiceLine.Of("97140", 10)]);
        Assert.Equal([1, 0, 1], result.Lines.Select(l => l.Units));
        Assert.False(result.HasTie);
        Assert.Contains("97110 has no unit of its own", result.ExplainLine(1));
        Assert.Contains("25 timed min fall in the chart's 23-37 minute band", result.Explain());
    }

    [Fact]
    public void A_tie_never_offers_a_split_that_bills_an_add_on_without_its_primary()
    {
        var result = WithCustomAddOn.Calculate(UnitRule.EightMinute,
            [ServiceLine.Of("97110", 8), ServiceLine.Of("X1234", 8), ServiceLine.Of("97140", 8),
                ServiceLine.Of("97112", 8)]);
        // 32 min are 2 units for three tied 8-minute left-overs (the add-on's is not among them): 3 splits, not 6
        Assert.Equal(3, result.AllowedAllocations.Count);
        Assert.All(result.AllowedAllocations, a => Assert.Equal(0, a[ProcedureCode.Parse("X1234")]));
    }

    // 97129 is once a day: with its unit it takes no further one, so 97110 and 97112 tie for the day's 4th unit.
    [Fact]
    public void A_once_a_day_code_that_has_its_unit_is_not_among_the_tied_codes()
    {
        var result = Calculate(UnitRule.EightMinute, ("97129", 20), ("97110", 20), ("97112", 20));
        Assert.Equal(4, result.TotalUnits);
        Assert.Equal(2, result.AllowedAllocations.Count);
        Assert.All(result.AllowedAllocations, a => Assert.Equal(1, a[ProcedureCode.Parse("97129")]));
        Assert.Contains("97129 is billed once a day and has its unit", result.ExplainLine(0));
    }

    // CPT: 97130's minutes continue 97129's, so the day has 20 timed minutes (not 25) and 1 unit.
    [Fact]
    public void A_linked_add_ons_minutes_count_once_in_the_days_total()
    {
        var result = Calculate(UnitRule.EightMinute, ("97129", 5), ("97130", 5), ("97110", 10));
        Assert.Equal(1, result.TotalUnits);
        Assert.Contains("20 timed min fall in the chart's 8-22 minute band", result.Explain());
    }

    [Property]
    public Property Every_split_offered_keeps_once_a_day_and_add_on_rules() =>
        Prop.ForAll(Note.ToArbitrary(), note =>
        {
            var result = UnitCalculator.Standard.Calculate(UnitRule.EightMinute, note);
            return result.AllowedAllocations.Select(result.Choose).All(chosen =>
                Units(chosen, "97129") <= 1 && (Units(chosen, "97130") == 0 || Units(chosen, "97129") == 1));
        });

    [Property]
    public Property A_once_a_day_code_never_bills_more_than_one_unit() =>
        Prop.ForAll(Note.ToArbitrary(), AnyRule.ToArbitrary(), (note, rule) =>
            Units(UnitCalculator.Standard.Calculate(rule, note), "97129") <= 1);

    [Property]
    public Property An_add_on_bills_only_when_its_primary_bills() =>
        Prop.ForAll(Note.ToArbitrary(), AnyRule.ToArbitrary(), (note, rule) =>
        {
            var result = UnitCalculator.Standard.Calculate(rule, note);
            return Units(result, "97130") == 0 || Units(result, "97129") == 1;
        });

    [Property]
    public Property Line_order_never_changes_the_units_of_a_code() =>
        Prop.ForAll(Note.ToArbitrary(), AnyRule.ToArbitrary(), (note, rule) =>
        {
            var forward = UnitCalculator.Standard.Calculate(rule, note);
            var backward = UnitCalculator.Standard.Calculate(rule, [.. note.Reverse()]);
            return forward.TotalUnits == backward.TotalUnits
                   && new[] { "97129", "97130", "97110", "97140", "97150" }
                       .All(c => Units(forward, c) == Units(backward, c));
        });

    [Property]
    public Property Every_split_offered_is_allowed_and_keeps_the_total() =>
        Prop.ForAll(Note.ToArbitrary(), note =>
        {
            var result = UnitCalculator.Standard.Calculate(UnitRule.EightMinute, note);
            return result.AllowedAllocations.All(a =>
                result.Allows(a) && result.Choose(a).TotalUnits == result.TotalUnits);
        });
}
