using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Tests.Billing;
using Rehab.Core.Tests.Billing.Threshold;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

/// <summary>
/// A note documented on a day that already has a finalized note of the discipline bills against the day: units count
/// per patient per calendar day (Pub. 100-04 Ch. 5 §20.2), NCCI pairs per patient, provider and day.
/// </summary>
public sealed class VisitDayTests
{
    private const string Earlier = "Daily Note of 2026-03-10";

    private static BilledBefore Before(string code, int minutes, int units, params Modifier[] modifiers) =>
        new(Charge(code, minutes), units, Earlier, modifiers);

    private static NoteBillingContext Day(PayerSettings payer, params BilledBefore[] before) =>
        BillingFor(Rules(Therapist(), payer), payer.Name) with { BilledBefore = before };

    public static TheoryData<string> Ids() => [.. VisitDayVectors.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Vector_second_note_of_the_day_bills_what_it_adds_to_the_day(string id)
    {
        var vector = VisitDayVectors.Case(id);
        Assert.True(UnitRuleNames.TryParse(vector.Method, out var rule), $"unknown method {vector.Method}");
        var payer = rule == UnitRule.RuleOfEights ? AetnaPpo : Medicare;
        // the vector's first note bills what that note alone bills
        var first = UnitCalculator.Standard.Calculate(rule,
            [.. vector.BilledBefore.Select(b => ServiceLine.Of(b.Cpt, b.Minutes))]);
        Assert.Equal(vector.BilledBefore.Select(b => b.Units), first.Lines.Select(l => l.Units));

        var billing = NoteBilling.Compute([.. vector.Lines.Select(l => Charge(l.Cpt, l.Minutes))],
            Day(payer, [.. vector.BilledBefore.Select(b => Before(b.Cpt, b.Minutes, b.Units))]));

        Assert.Equal(rule, billing.Rule.Value);
        Assert.Empty(billing.Problems);
        Assert.Equal(vector.Expected.DayUnits, Assert.Single(billing.Days).Calculation.TotalUnits);
        Assert.Equal(vector.Expected.UnitsByCode,
            billing.Lines.GroupBy(l => l.Charge.Code!).ToDictionary(g => g.Key, g => g.Sum(l => l.Units)));
        Assert.Equal(vector.Expected.UnitsByCode.Values.Sum(), billing.TotalUnits);
        Assert.Equal(vector.BilledBefore.Sum(b => b.Units), billing.Days[0].UnitsBilledBefore);
    }

    [Fact]
    public void Two_daily_notes_of_10_minutes_97110_do_not_bill_a_unit_each()
    {
        var billing = NoteBilling.Compute([Charge("97110", 10)], Day(Medicare, Before("97110", 10, 1)));

        var line = Assert.Single(billing.Lines);
        Assert.Equal(0, line.Units);
        Assert.Contains("20 min in all", line.Explanation);
        Assert.Contains($"1 unit of the day's 97110 already billed on {Earlier}: this note adds 0.", line.Explanation);
        Assert.Equal(10, billing.TimedMinutes);
        Assert.DoesNotContain(line.ClaimLines, c => c.Units > 0);
    }

    [Fact]
    public void The_editor_is_told_the_patient_already_has_a_visit_that_day()
    {
        var billing = NoteBilling.Compute([Charge("97110", 23)], Day(Medicare, Before("97530", 8, 1)));

        Assert.Contains(billing.Days[0].Warnings, w => w.Contains($"already has a visit on 2026-03-10 ({Earlier})"));
    }

    [Fact]
    public void A_finalized_note_of_another_date_is_not_the_day()
    {
        var otherDay = new BilledBefore(new ChargeLineDraft("97110", 10, Today.AddDays(-1)), 1,
            "Daily Note of 2026-03-09", []);
        var billing = NoteBilling.Compute([Charge("97110", 10)], Day(Medicare, otherDay));

        Assert.Equal(1, billing.TotalUnits);
        Assert.DoesNotContain(billing.Days[0].Warnings, w => w.Contains("already has a visit"));
    }

    // MLN1783722: 97140 (column 1) and 97530 (column 2) on the same day, whichever note each is on
    [Fact]
    public void Column_2_code_on_a_second_note_does_not_escape_the_ncci_edit_of_97140_on_the_first()
    {
        var refused = NoteBilling.Compute([Charge("97530", 15)], Day(Medicare, Before("97140", 15, 1)));
        var attested = NoteBilling.Compute(
            [Charge("97530", 15) with { SeparateBlockOrRegion = true, ChosenModifiers = ["59"] }],
            Day(Medicare, Before("97140", 15, 1)));

        Assert.Equal(0, refused.TotalUnits);
        Assert.Contains(refused.Lines[0].ClaimLines[0].Explanations, r => r.Contains("separate 15-minute time blocks"));
        Assert.Equal("97530-GP-59 ×1", Assert.Single(attested.Lines[0].ClaimLines).ToString());
    }

    [Fact]
    public void Column_1_code_on_a_second_note_tells_the_biller_the_first_note_s_97530_needs_a_modifier()
    {
        var unattested = NoteBilling.Compute([Charge("97140", 15)], Day(Medicare, Before("97530", 15, 1)));
        var attestedLine = Charge("97530", 15) with { SeparateBlockOrRegion = true };
        var attested = NoteBilling.Compute([Charge("97140", 15)],
            Day(Medicare, new BilledBefore(attestedLine, 1, Earlier, [])));
        var alreadyModified = NoteBilling.Compute([Charge("97140", 15)],
            Day(Medicare, new BilledBefore(attestedLine with { ChosenModifiers = ["59"] }, 1, Earlier,
                [Modifier.DistinctProcedural])));

        Assert.Equal("97140-GP ×1", Assert.Single(unattested.Lines[0].ClaimLines).ToString());
        Assert.Contains(unattested.Days[0].Warnings,
            w => w.StartsWith($"On {Earlier}, already finalized: ") && w.Contains("separate 15-minute"));
        // 59 is never added for the clinician (MLN1783722): the earlier line's attestation lacks its modifier
        Assert.Contains(attested.Days[0].Warnings,
            w => w.StartsWith($"On {Earlier}, already finalized: ") && w.Contains("no modifier is chosen"));
        Assert.DoesNotContain(alreadyModified.Days[0].Warnings, w => w.Contains("already finalized"));
    }

    // NCCI Policy Manual Ch. XI: one PT evaluation or re-evaluation per patient per day
    [Fact]
    public void A_second_evaluation_on_another_note_of_the_day_is_refused()
    {
        var billing = NoteBilling.Compute([Charge("97164", 30)], Day(Medicare, Before("97162", 45, 1)));

        Assert.Contains(billing.Lines[0].Refusals, r => r.Contains("97162 is already on this date"));
    }

    [Fact]
    public void Units_the_day_would_move_to_a_code_of_the_finalized_note_are_reported_not_billed_here()
    {
        // 23 minutes are 2 units; 97110's 7 leftover minutes beat 97140's 1, but 97110 is on the finalized note
        var billing = NoteBilling.Compute([Charge("97140", 1)], Day(Medicare, Before("97110", 22, 1)));

        Assert.Equal(0, billing.TotalUnits);
        Assert.Contains(billing.Days[0].Warnings,
            w => w.Contains("the day supports 2 units of 97110") && w.Contains("billed 1 unit"));
    }

    [Fact]
    public void Kx_counts_only_the_units_this_note_adds()
    {
        // $2,400 prior + the first note's 97110 ×1 ($30) + this note's 1 unit ($30) = $2,460, within $2,480;
        // counting the first note's unit again, or the day's 2 units as this note's, would pass it
        var first = new BilledService(Today, ProcedureCode.Parse("97110"), 1, Discipline.PT, Visit: Guid.NewGuid());
        var spending = new MedicareSpending(Fees.PrivatePractice, Fees.Standard, [first],
            [new PriorProviderAmount(Today.Year, 2400m, 0m)]);
        var billing = NoteBilling.Compute([Charge("97110", 10)],
            Day(Medicare, Before("97110", 20, 1)) with { MedicareSpending = spending });

        Assert.Equal(["97110-GP ×1"], billing.Lines[0].ClaimLines.Select(c => c.ToString()));
        Assert.Contains(billing.Lines[0].ClaimLines[0].Explanations, e => e.Contains("$2,460.00"));
    }

    // codes the NCCI seed pairs with none of the others, so that the laws are about units alone
    private static readonly string[] Codes = ["97110", "97112", "97140", "97116", "97150"];

    private static readonly Gen<ChargeLineDraft[]> Lines =
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(
            from code in Gen.Elements(Codes) from minutes in Gen.Choose(0, 60) select Charge(code, minutes), n));

    private static readonly Gen<UnitRule> AnyRule = Gen.Elements(UnitRule.EightMinute, UnitRule.RuleOfEights);

    // Pub. 100-04 Ch. 5 §20.2: the day's units are those of its minutes, however many notes document them
    [Property]
    public Property Splitting_a_day_over_two_notes_never_bills_more_than_one_note_would() =>
        Prop.ForAll(Lines.ToArbitrary(), Lines.ToArbitrary(), AnyRule.ToArbitrary(), (first, second, rule) =>
        {
            var payer = rule == UnitRule.RuleOfEights ? AetnaPpo : Medicare;
            var firstBilling = NoteBilling.Compute(first, Day(payer));
            var before = firstBilling.Lines.Select(l => new BilledBefore(l.Charge, l.Units, Earlier, [])).ToArray();
            var secondBilling = NoteBilling.Compute(second, Day(payer, before));
            var together = NoteBilling.Compute([.. first, .. second], Day(payer));

            return secondBilling.Lines.All(l => l.Units >= 0)
                   && firstBilling.TotalUnits + secondBilling.TotalUnits
                   <= Math.Max(together.TotalUnits, firstBilling.TotalUnits)
                   && secondBilling.Days[0].Calculation.TotalUnits == together.TotalUnits;
        });

    [Property]
    public Property Without_a_finalized_note_that_day_a_note_bills_as_it_always_did() =>
        Prop.ForAll(Lines.ToArbitrary(), AnyRule.ToArbitrary(), (lines, rule) =>
        {
            var payer = rule == UnitRule.RuleOfEights ? AetnaPpo : Medicare;
            var billing = NoteBilling.Compute(lines, Day(payer));
            var plain = UnitCalculator.Standard.Calculate(rule,
                [.. lines.Select(l => ServiceLine.Of(l.Code!, l.Minutes!.Value))]);
            return billing.Lines.Select(l => l.Units).SequenceEqual(plain.Lines.Select(l => l.Units))
                   && billing.TotalUnits == plain.TotalUnits;
        });
}
