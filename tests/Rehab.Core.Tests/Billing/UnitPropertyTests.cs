using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;

namespace Rehab.Core.Tests.Billing;

/// <summary>Properties of the unit rules for any note (billing-rules.md §1–2; Pub. 100-04 Ch. 5 §20.2; CPT time convention).</summary>
public sealed class UnitPropertyTests
{
    private static readonly string[] FifteenMinuteCodes = ["97110", "97112", "97116", "97140", "97530", "97535", "97035", "97032"];
    private static readonly string[] UntimedCodes = ["97010", "97012", "G0283", "97150", "97161", "97164", "92521"];

    private static readonly Gen<ServiceLine> TimedLine =
        from code in Gen.Elements(FifteenMinuteCodes)
        from minutes in Gen.Frequency((3, Gen.Choose(0, 60)), (1, Gen.Choose(0, 240)))
        select ServiceLine.Of(code, minutes);

    private static readonly Gen<ServiceLine> UntimedLine =
        from code in Gen.Elements(UntimedCodes)
        from minutes in Gen.Choose(0, UnitCalculator.MaxMinutes)
        select ServiceLine.Of(code, minutes);

    private static readonly Gen<ServiceLine[]> TimedNote = Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(TimedLine, n));

    private static readonly Gen<ServiceLine[]> MixedNote =
        from timed in TimedNote
        from untimed in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(UntimedLine, n))
        from note in Gen.Shuffle(timed.Concat(untimed))
        select note;

    private static readonly Gen<UnitRule> AnyRule = Gen.Elements(UnitRule.EightMinute, UnitRule.RuleOfEights);

    [Theory]
    [InlineData(0, 0), InlineData(7, 0), InlineData(8, 1), InlineData(22, 1), InlineData(23, 2), InlineData(37, 2)]
    [InlineData(38, 3), InlineData(52, 3), InlineData(53, 4), InlineData(67, 4), InlineData(68, 5), InlineData(82, 5)]
    [InlineData(83, 6), InlineData(97, 6), InlineData(98, 7), InlineData(112, 7), InlineData(113, 8), InlineData(127, 8)]
    [InlineData(128, 9), InlineData(142, 9)]
    public void Eight_minute_chart_band_edges_of_Pub_100_04_Ch5_s20_2(int minutes, int units)
    {
        Assert.Equal(units, UnitCalculator.ChartUnits(minutes));
        Assert.Equal(units, UnitCalculator.Standard.Calculate(UnitRule.EightMinute, [ServiceLine.Of("97110", minutes)]).TotalUnits);
    }

    [Property]
    public Property Eight_minute_total_is_the_chart_band_of_the_day_s_timed_minutes_CMS_s20_2() =>
        Prop.ForAll(TimedNote.ToArbitrary(), note =>
        {
            var result = UnitCalculator.Standard.Calculate(UnitRule.EightMinute, note);
            var minutes = note.Sum(l => l.Minutes);
            // The chart row by row: 0-7 bills nothing, then every 15 minutes from 8 adds a unit.
            var chart = minutes < 8 ? 0 : 1 + (minutes - 8) / 15;
            return result.TimedMinutes == minutes && result.TotalUnits == chart && chart == (minutes + 7) / 15;
        });

    [Property]
    public Property No_code_gets_more_than_its_whole_15_minute_blocks_plus_one_nor_fewer_than_its_blocks_under_the_8_minute_rule() =>
        Prop.ForAll(TimedNote.ToArbitrary(), AnyRule.ToArbitrary(), (note, rule) =>
        {
            var result = UnitCalculator.Standard.Calculate(rule, note);
            return CodeMinutes(note).All(code =>
            {
                var units = result.Lines.Where(l => l.Code == code.Key).Sum(l => l.Units);
                var floor = rule == UnitRule.EightMinute ? code.Value / 15 : 0;
                return units <= code.Value / 15 + 1 && units >= floor;
            });
        });

    [Property]
    public Property Totals_do_not_depend_on_line_order() =>
        Prop.ForAll(MixedNote.SelectMany(note => Gen.Shuffle(note).Select(shuffled => (note, shuffled))).ToArbitrary(), AnyRule.ToArbitrary(),
            (notes, rule) =>
            {
                var a = UnitCalculator.Standard.Calculate(rule, notes.note);
                var b = UnitCalculator.Standard.Calculate(rule, notes.shuffled);
                return a.TotalUnits == b.TotalUnits && a.TimedMinutes == b.TimedMinutes && a.AllowedAllocations.ToHashSet().SetEquals(b.AllowedAllocations);
            });

    [Property]
    public Property Rule_of_eights_is_the_sum_of_each_code_s_own_band_AMA_CPT_midpoint() =>
        Prop.ForAll(MixedNote.ToArbitrary(), note =>
        {
            var result = UnitCalculator.Standard.Calculate(UnitRule.RuleOfEights, note);
            var timed = CodeMinutes(note.Where(l => FifteenMinuteCodes.Contains(l.Code.Value))).Sum(c => (c.Value + 7) / 15);
            var untimed = note.Where(l => UntimedCodes.Contains(l.Code.Value)).Select(l => l.Code).Distinct().Count();
            return result.TimedUnits == timed && result.UntimedUnits == untimed && !result.HasTie;
        });

    [Property]
    public Property Untimed_minutes_never_change_timed_units() =>
        Prop.ForAll(MixedNote.ToArbitrary(), Gen.Choose(0, UnitCalculator.MaxMinutes).ToArbitrary(), AnyRule.ToArbitrary(),
            (note, minutes, rule) =>
            {
                var changed = note.Select(l => UntimedCodes.Contains(l.Code.Value) ? l with { Minutes = minutes } : l).ToArray();
                var a = UnitCalculator.Standard.Calculate(rule, note);
                var b = UnitCalculator.Standard.Calculate(rule, changed);
                return a.TimedMinutes == b.TimedMinutes && a.TimedUnits == b.TimedUnits
                    && a.Lines.Select(l => l.Units).SequenceEqual(b.Lines.Select(l => l.Units));
            });

    [Property]
    public Property Every_allowed_split_keeps_the_total_and_can_be_chosen() =>
        Prop.ForAll(TimedNote.ToArbitrary(), note =>
        {
            var result = UnitCalculator.Standard.Calculate(UnitRule.EightMinute, note);
            return result.AllowedAllocations[0].Equals(result.Allocation)
                && result.AllowedAllocations.All(a => result.Allows(a) && result.Choose(a) is var chosen
                    && chosen.TotalUnits == result.TotalUnits && chosen.Allocation.Equals(a));
        });

    private static Dictionary<ProcedureCode, int> CodeMinutes(IEnumerable<ServiceLine> note) =>
        note.GroupBy(l => l.Code).ToDictionary(g => g.Key, g => g.Sum(l => l.Minutes));

    // the default split of a tie is decided by minutes and code, never by the order lines were entered in
    [Property]
    public Property The_order_lines_are_entered_in_never_changes_the_bill() =>
        Prop.ForAll(MixedNote.ToArbitrary(), AnyRule.ToArbitrary(), (note, rule) =>
            Gen.Shuffle(note).Sample(3).All(shuffled =>
                UnitCalculator.Standard.Calculate(rule, note).Allocation
                    .Equals(UnitCalculator.Standard.Calculate(rule, shuffled).Allocation)));
}
