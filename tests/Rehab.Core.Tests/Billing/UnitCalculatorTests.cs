using Rehab.Core.Billing;

namespace Rehab.Core.Tests.Billing;

public sealed class UnitCalculatorTests
{
    private static UnitCalculation Calculate(UnitRule rule, params (string Code, int Minutes)[] lines) =>
        UnitCalculator.Standard.Calculate(rule, [.. lines.Select(l => ServiceLine.Of(l.Code, l.Minutes))]);

    private static UnitAllocation Split(params (string Code, int Units)[] units) =>
        new(units.Select(u => KeyValuePair.Create(ProcedureCode.Parse(u.Code), u.Units)));

    [Fact]
    public void Lines_come_back_in_the_order_documented_CMS_example_1()
    {
        var result = Calculate(UnitRule.EightMinute, ("97110", 23), ("97112", 24));

        Assert.Equal(["97110", "97112"], result.Lines.Select(l => l.Code.Value));
        Assert.Equal([1, 2], result.Lines.Select(l => l.Units));
        Assert.Equal(47, result.TimedMinutes);
    }

    [Theory]
    [InlineData(UnitRule.EightMinute)]
    [InlineData(UnitRule.RuleOfEights)]
    public void The_same_code_on_two_lines_is_counted_as_one_code_per_day_with_its_units_on_the_first_line(UnitRule rule)
    {
        // 97110 8 + 8 = 16 min is one code's time (Pub. 100-04 Ch. 5 §20.2 counts time per code): 1 unit, not 1 per line.
        var result = Calculate(rule, ("97110", 8), ("97140", 8), ("97110", 8));

        Assert.Equal([1, 1, 0], result.Lines.Select(l => l.Units));
        Assert.Equal(0, result.Lines[2].SameCodeAs);
        Assert.Equal(16, result.Lines[0].CodeMinutes);
        Assert.False(result.HasTie);
        Assert.Contains("Same code as line 1", result.ExplainLine(2));
        Assert.Contains("16 min in all", result.ExplainLine(0));
    }

    [Fact]
    public void An_untimed_code_on_two_lines_bills_once_a_day()
    {
        var result = Calculate(UnitRule.EightMinute, ("97010", 10), ("97010", 10));

        Assert.Equal([1, 0], result.Lines.Select(l => l.Units));
        Assert.Equal(0, result.TimedMinutes);
    }

    [Theory]
    [InlineData(UnitRule.EightMinute, 15, 0)]
    [InlineData(UnitRule.EightMinute, 16, 1)]
    [InlineData(UnitRule.EightMinute, 30, 1)]
    [InlineData(UnitRule.EightMinute, 45, 1)]
    [InlineData(UnitRule.EightMinute, 46, 2)]
    [InlineData(UnitRule.RuleOfEights, 15, 0)]
    [InlineData(UnitRule.RuleOfEights, 16, 1)]
    [InlineData(UnitRule.RuleOfEights, 46, 2)]
    public void A_30_minute_code_needs_16_minutes_a_unit_past_the_midpoint_billing_rules_s3(UnitRule rule, int minutes, int units)
    {
        var result = Calculate(rule, ("98960", minutes));

        Assert.Equal(units, result.TotalUnits);
        Assert.Equal(minutes, result.TimedMinutes);
    }

    [Fact]
    public void Thirty_minute_codes_are_not_pooled_with_15_minute_codes_under_the_8_minute_rule()
    {
        // 7 min of 97110 alone is under 8; 98960's minutes do not lift it into the chart's first band.
        var result = Calculate(UnitRule.EightMinute, ("98960", 30), ("97110", 7));

        Assert.Equal([1, 0], result.Lines.Select(l => l.Units));
        Assert.Equal(37, result.TimedMinutes);
    }

    [Fact]
    public void A_lone_service_under_8_minutes_bills_nothing_CMS_s20_2_R1()
    {
        var result = Calculate(UnitRule.EightMinute, ("97110", 7));

        Assert.Equal(0, result.TotalUnits);
        Assert.Contains("under 8", result.Explain());
    }

    [Fact]
    public void A_tie_defaults_to_the_code_with_more_minutes_then_the_lower_code_never_the_typing_order()
    {
        var moreMinutes = Calculate(UnitRule.EightMinute, ("97116", 8), ("97140", 9), ("97110", 23));
        Assert.Equal(Split(("97116", 0), ("97140", 1), ("97110", 2)), moreMinutes.Allocation);

        var lowerCode = Calculate(UnitRule.EightMinute, ("97112", 20), ("97110", 20));
        var reversed = Calculate(UnitRule.EightMinute, ("97110", 20), ("97112", 20));
        Assert.Equal(Split(("97112", 1), ("97110", 2)), lowerCode.Allocation);
        Assert.Equal(lowerCode.Allocation, reversed.Allocation);
        Assert.Equal(5, lowerCode.TiedLeftoverMinutes);
        Assert.Contains("lower code number", lowerCode.ExplainLine(1));
        Assert.Contains("the clinician may pick this code instead", lowerCode.ExplainLine(0));
    }

    [Fact]
    public void The_clinician_may_pick_any_allowed_split_of_a_tie_and_nothing_else_CMS_example_2()
    {
        var result = Calculate(UnitRule.EightMinute, ("97112", 20), ("97110", 20));

        var chosen = result.Choose(Split(("97112", 1), ("97110", 2)));

        Assert.True(chosen.ChosenByClinician);
        Assert.Equal([1, 2], chosen.Lines.Select(l => l.Units));
        Assert.Equal(3, chosen.TotalUnits);
        Assert.Contains("The clinician chose this code", chosen.ExplainLine(1));
        Assert.False(result.Allows(Split(("97112", 3), ("97110", 0))));
        Assert.False(result.Allows(Split(("97112", 2), ("97110", 2))));
        Assert.False(result.Allows(Split(("97112", 2))));
        var refused = Assert.Throws<ArgumentException>(() => result.Choose(Split(("97112", 3), ("97110", 0))));
        Assert.Contains("97112 x2, 97110 x1", refused.Message);
    }

    [Fact]
    public void Without_a_tie_the_only_allowed_split_is_the_result_itself()
    {
        var result = Calculate(UnitRule.EightMinute, ("97110", 33), ("97140", 7));

        Assert.False(result.HasTie);
        Assert.Equal([Split(("97110", 2), ("97140", 1))], result.AllowedAllocations);
        Assert.False(result.Allows(Split(("97110", 3), ("97140", 0))));
    }

    [Fact]
    public void The_explanation_names_the_chart_band_and_the_source()
    {
        var result = Calculate(UnitRule.EightMinute, ("97112", 24), ("97110", 23), ("97010", 10));

        var total = result.Explain();
        Assert.Contains("47 timed min fall in the chart's 38-52 minute band: 3 timed units", total);
        Assert.Contains("Pub. 100-04 Ch. 5 §20.2", total);
        Assert.Contains("Total: 4 units", total);
        Assert.Contains("1 whole 15-minute block and 9 min left over", result.ExplainLine(0));
        Assert.Contains("larger left-over (97112 9 min)", result.ExplainLine(1));
        Assert.Contains("Untimed code: 1 unit", result.ExplainLine(2));
    }

    [Fact]
    public void The_rule_of_eights_explains_the_midpoint_per_code()
    {
        var result = Calculate(UnitRule.RuleOfEights, ("97110", 22), ("97140", 7));

        Assert.Contains("do not pass the midpoint of 15 minutes (8 needed)", result.ExplainLine(0));
        Assert.Contains("Rule of 8s", result.Explain());
    }

    [Fact]
    public void The_add_on_97130_is_refused_without_97129_on_the_same_day()
    {
        var refused = Assert.Throws<ServiceLineException>(() => Calculate(UnitRule.EightMinute, ("97110", 20), ("97130", 15)));

        Assert.Equal(1, refused.Line);
        Assert.Equal("code", refused.Field);
        Assert.Equal("97130 is an add-on code, billed only with 97129 on the same day", refused.Message);
    }

    [Fact]
    public void The_add_on_97130_is_billed_with_97129()
    {
        var result = Calculate(UnitRule.EightMinute, ("97129", 15), ("97130", 15));

        Assert.Equal([1, 1], result.Lines.Select(l => l.Units));
    }

    [Theory]
    [InlineData("97999", 10, "code", "unknown code 97999")]
    [InlineData("97110", -1, "minutes", "minutes cannot be negative")]
    [InlineData("97110", 1441, "minutes", "1441 minutes is more than a day; at most 1440")]
    public void A_bad_line_is_named_by_position_and_field(string code, int minutes, string field, string message)
    {
        var refused = Assert.Throws<ServiceLineException>(() =>
            UnitCalculator.Standard.Calculate(UnitRule.EightMinute, [ServiceLine.Of("97110", 10), ServiceLine.Of(code, minutes)]));

        Assert.Equal(1, refused.Line);
        Assert.Equal(field, refused.Field);
        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void A_whole_day_of_minutes_is_accepted()
    {
        var result = Calculate(UnitRule.EightMinute, ("97110", UnitCalculator.MaxMinutes));

        Assert.Equal(96, result.TotalUnits);
    }

    [Fact]
    public void Validate_names_every_bad_line_by_field()
    {
        var errors = UnitCalculator.Standard.Validate(
            [ServiceLine.Of("97110", 10), ServiceLine.Of("97999", 5), new ServiceLine(default, 5), ServiceLine.Of("97140", 2000)]);

        Assert.Equal(["lines[1].code", "lines[2].code", "lines[3].minutes"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void Custom_codes_are_calculated_by_their_own_unit_length()
    {
        var catalog = CodeCatalog.WithCustomCodes(
        [
            new CustomCodeDetails("S9131", "Home program review", IsTimed: true, UnitMinutes: 15),
            new CustomCodeDetails("S9090", "Take-home kit", IsTimed: false),
        ]);

        var result = new UnitCalculator(catalog).Calculate(UnitRule.EightMinute,
            [ServiceLine.Of("S9131", 20), ServiceLine.Of("97110", 20), ServiceLine.Of("S9090", 30)]);

        Assert.Equal(4, result.TotalUnits);
        Assert.Equal(40, result.TimedMinutes);
    }

    [Fact]
    public void An_empty_note_bills_nothing()
    {
        var result = UnitCalculator.Standard.Calculate(UnitRule.EightMinute, []);

        Assert.Equal(0, result.TotalUnits);
        Assert.Empty(result.Lines);
    }
}
