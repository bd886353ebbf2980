using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using static Rehab.Core.Tests.Billing.Modifiers.Visit;

namespace Rehab.Core.Tests.Billing.Modifiers;

// NCCI procedure-to-procedure edits (billing-rules.md §4.4-4.5), MLN1783722 on 59 and X{EPSU}
public sealed class NcciPairTests
{
    private static readonly PayerModifierSettings Medicare = PayerModifierSettings.Medicare();

    private static NcciEditTable Table(NcciModifierIndicator indicator, DateOnly effective, DateOnly? deletion = null, string? rationale = null) =>
        new([new NcciEdit(ProcedureCode.Parse("97112"), ProcedureCode.Parse("97116"), indicator, effective, deletion, rationale)]);

    private static ModifierOutcome BillWith(NcciEditTable table, DateOnly dateOfService, params BilledLine[] lines) =>
        ModifierEngine.Apply(new ModifierRequest(dateOfService, Medicare, lines, table));

    [Fact]
    public void
        MLN1783722_manual_therapy_and_therapeutic_activities_in_separate_blocks_get_the_chosen_59_on_the_column_2_code()
    {
        var outcome = Bill(Medicare, Pt("97140", 1, therapist: 15),
            Pt("97530", 1, therapist: 15, separate: true, chosen: "59"));
        Assert.Equal(["97140-GP ×1", "97530-GP-59 ×1"], outcome.Claim());
        Assert.Contains(outcome.For("97530").Explanations, e => e.Contains("59") && e.Contains("separate 15-minute time blocks") && e.Contains("MLN1783722"));
    }

    [Fact]
    public void MLN1783722_two_timed_codes_without_separate_blocks_bill_only_the_column_1_code()
    {
        var line = Bill(Medicare, Pt("97140", 1, therapist: 15), Pt("97530", 1, therapist: 15, chosen: "59"))
            .For("97530");
        Assert.False(line.IsRefused);
        Assert.Equal(0, line.Units);
        Assert.DoesNotContain(Modifier.DistinctProcedural, line.Modifiers);
        Assert.Contains(line.Explanations, r => r.Contains("separate 15-minute time blocks")
            && r.Contains("only 97140 is billed"));
    }

    [Fact]
    public void The_X_modifier_the_biller_chose_replaces_59() =>
        Assert.Equal(["97140-GP ×1", "97530-GP-XU ×1"],
            Bill(Medicare, Pt("97140", 1, therapist: 15), Pt("97530", 1, therapist: 15, separate: true, chosen: "XU")).Claim());

    [Fact]
    public void CR8863_59_and_an_X_modifier_together_are_refused()
    {
        var line = Bill(Medicare, Pt("97140", 1, therapist: 15), Pt("97530", 1, therapist: 15, separate: true, chosen: ["59", "XS"])).For("97530");
        Assert.True(line.IsRefused);
        Assert.Contains(line.Refusals, r => r.Contains("both 59 and XS"));
        Assert.False(line.Modifiers.Contains(Modifier.DistinctProcedural) && line.Modifiers.Contains(Modifier.XS));
    }

    [Fact]
    public void Two_X_modifiers_on_one_line_are_refused() =>
        Assert.True(Bill(Medicare, Pt("97140", 1, therapist: 15), Pt("97530", 1, therapist: 15, separate: true, chosen: ["XS", "XU"])).For("97530").IsRefused);

    [Fact]
    public void APTA_2020_manual_therapy_on_a_PT_evaluation_day_gets_no_59_without_the_clinicians_attestation()
    {
        var outcome = Bill(Medicare, Pt("97161", 1, timed: false), Pt("97140", 2, therapist: 30));
        Assert.Equal(["97161-GP ×1", "97140 ×0"], outcome.Claim());
        Assert.Contains(outcome.For("97140").Explanations, w => w.Contains("not billed (0 units)")
            && w.Contains("distinct service") && w.Contains("NCCI Policy Manual Ch. I §E"));
    }

    // NCCI Policy Manual Ch. I §E: a modifier is not added only to bypass an edit; the clinician attests and chooses
    [Theory]
    [InlineData("59", "97140-GP-59 ×2")]
    [InlineData("XU", "97140-GP-XU ×2")]
    public void APTA_2020_manual_therapy_on_a_PT_evaluation_day_gets_the_modifier_the_clinician_chose(
        string chosen, string claim)
    {
        var outcome = Bill(CciOnly("59", "XU") with { AppliesTherapyModifiers = true }, Pt("97161", 1, timed: false),
            Pt("97140", 2, therapist: 30, separate: true, chosen: chosen));
        Assert.Equal(["97161-GP ×1", claim], outcome.Claim());
        Assert.Contains(outcome.For("97140").Explanations,
            e => e.Contains("as chosen") && e.Contains("distinct service"));
    }

    [Fact]
    public void MLN1783722_an_attested_distinct_service_without_a_chosen_modifier_is_not_billed()
    {
        var line = Bill(Medicare, Pt("97161", 1, timed: false), Pt("97140", 2, therapist: 30, separate: true))
            .For("97140");
        Assert.Equal("97140 ×0", line.ToString());
        Assert.Contains(line.Explanations,
            w => w.Contains("no modifier is chosen") && w.Contains("never added for you"));
    }

    [Theory]
    [InlineData("97530")]
    [InlineData("97150")]
    public void APTA_2020_re_evaluation_with_therapeutic_activities_or_group_therapy_needs_the_attestation(string code)
    {
        Assert.Equal(["97164-GP ×1", $"{code} ×0"],
            Bill(Medicare, Pt("97164", 1, timed: false), Pt(code, 1, timed: code == "97530", therapist: 15)).Claim());
        Assert.Equal(["97164-GP ×1", $"{code}-GP-59 ×1"],
            Bill(Medicare, Pt("97164", 1, timed: false),
                Pt(code, 1, timed: code == "97530", therapist: 15, separate: true, chosen: "59")).Claim());
    }

    [Fact]
    public void NCCI_Ch_XI_chiropractic_manipulation_with_manual_therapy_needs_a_different_region()
    {
        var withheld = Bill(Medicare, Pt("98940", 1, timed: false), Pt("97140", 1, therapist: 15)).For("97140");
        Assert.Equal(0, withheld.Units);
        Assert.Contains(withheld.Explanations, r => r.Contains("different body region") && r.Contains("Ch. XI"));

        Assert.Equal(["98940-GP ×1", "97140-GP-XS ×1"],
            Bill(Medicare, Pt("98940", 1, timed: false), Pt("97140", 1, therapist: 15, separate: true, chosen: "XS")).Claim());
    }

    [Fact]
    public void A_column_1_code_not_billed_for_its_own_pair_asks_nothing_of_another_whatever_the_line_order()
    {
        BilledLine[] lines =
            [Pt("98940", 1, timed: false), Pt("97140", 1, therapist: 15), Pt("97530", 1, therapist: 15)];
        foreach (var order in new[] { lines, lines.Reverse().ToArray() })
        {
            var outcome = Bill(Medicare, order);
            Assert.Equal(0, outcome.For("97140").Units);
            Assert.Equal("97530-GP ×1", outcome.For("97530").ToString());
        }
    }

    [Fact]
    public void A_modifier_the_payer_has_not_enabled_is_reported_as_a_denial_with_the_ones_it_accepts()
    {
        var line = Bill(CciOnly("XS", "XU"), Pt("97140", 1, therapist: 15),
            Pt("97530", 1, therapist: 15, separate: true, chosen: "59")).For("97530");
        Assert.Empty(line.Modifiers);
        Assert.Contains(line.Warnings, w => w.Contains("will be denied") && w.Contains("59 is not enabled for Acme Health") && w.Contains("XS, XU"));
    }

    [Fact]
    public void A_chosen_X_modifier_the_payer_has_not_enabled_is_reported_too()
    {
        var line = Bill(CciOnly("59"), Pt("97140", 1, therapist: 15), Pt("97530", 1, therapist: 15, separate: true, chosen: "XU")).For("97530");
        Assert.Empty(line.Modifiers);
        Assert.Contains(line.Warnings, w => w.Contains("XU is not enabled"));
    }

    [Fact]
    public void A_payer_that_does_not_apply_CCI_edits_gets_no_59_and_no_refusal() =>
        Assert.Equal(["97140 ×1", "97530 ×1"], Bill(PayerModifierSettings.None("Acme Health"), Pt("97140", 1, therapist: 15), Pt("97530", 1, therapist: 15)).Claim());

    [Fact]
    public void Without_CCI_edits_chosen_modifiers_are_left_off_and_never_refuse_the_line()
    {
        var line = Bill(PayerModifierSettings.None("Acme Health"), Pt("97140", 1, therapist: 15), Pt("97530", 1, therapist: 15, chosen: ["59", "XS"])).For("97530");
        Assert.False(line.IsRefused);
        Assert.Empty(line.Modifiers);
        Assert.Contains(line.Explanations, e => e.Contains("left off") && e.Contains("does not apply NCCI edits"));
    }

    [Fact]
    public void Indicator_0_refuses_the_column_2_code_with_CMS_rationale()
    {
        var table = Table(NcciModifierIndicator.NotAllowed, new DateOnly(2024, 1, 1), rationale: "Mutually exclusive procedures");
        var line = BillWith(table, DateOfService, Pt("97112", 1, therapist: 15), Pt("97116", 1, therapist: 15, separate: true)).For("97116");
        Assert.True(line.IsRefused);
        Assert.Contains(line.Refusals, r => r.Contains("cannot be billed with 97112") && r.Contains("indicator 0") && r.Contains("Mutually exclusive"));
    }

    [Fact]
    public void Indicator_9_is_ignored()
    {
        var outcome = BillWith(Table(NcciModifierIndicator.NotApplicable, new DateOnly(2024, 1, 1)), DateOfService,
            Pt("97112", 1, therapist: 15), Pt("97116", 1, therapist: 15));
        Assert.Equal(["97112-GP ×1", "97116-GP ×1"], outcome.Claim());
    }

    [Theory]
    [InlineData("2024-12-31", false)] // before the effective date
    [InlineData("2025-01-01", true)]  // on it
    [InlineData("2025-06-30", true)]  // the day before the deletion date
    [InlineData("2025-07-01", false)] // on the deletion date the edit no longer applies
    public void An_edit_applies_from_its_effective_date_until_the_day_before_its_deletion_date(string dateOfService, bool applies)
    {
        var table = Table(NcciModifierIndicator.NotAllowed, new DateOnly(2025, 1, 1), new DateOnly(2025, 7, 1));
        var line = BillWith(table, DateOnly.Parse(dateOfService, System.Globalization.CultureInfo.InvariantCulture),
            Pt("97112", 1, therapist: 15), Pt("97116", 1, therapist: 15)).For("97116");
        Assert.Equal(applies, line.IsRefused);
    }

    [Fact]
    public void The_seed_makes_no_claim_before_2020() =>
        Assert.Equal(["97140-GP ×1", "97530-GP ×1"],
            Bill(new DateOnly(2019, 12, 31), Medicare, Pt("97140", 1, therapist: 15), Pt("97530", 1, therapist: 15)).Claim());

    [Fact]
    public void The_seed_holds_only_the_well_sourced_pairs_all_with_indicator_1()
    {
        Assert.Equal(15, NcciEditTable.Seed.Edits.Count);
        Assert.All(NcciEditTable.Seed.Edits, e => Assert.Equal(NcciModifierIndicator.Allowed, e.ModifierIndicator));
        Assert.Null(NcciEditTable.Seed.InEffect(ProcedureCode.Parse("97530"), ProcedureCode.Parse("97116"), DateOfService));
    }

    [Fact]
    public void The_latest_edit_in_force_on_a_pair_decides()
    {
        var c1 = ProcedureCode.Parse("97112");
        var c2 = ProcedureCode.Parse("97116");
        var table = new NcciEditTable([
            new NcciEdit(c1, c2, NcciModifierIndicator.NotAllowed, new DateOnly(2020, 1, 1), null),
            new NcciEdit(c1, c2, NcciModifierIndicator.Allowed, new DateOnly(2024, 1, 1), null),
        ]);
        Assert.Equal(NcciModifierIndicator.Allowed, table.InEffect(c1, c2, DateOfService)!.ModifierIndicator);
        Assert.Equal(NcciModifierIndicator.NotAllowed, table.InEffect(c1, c2, new DateOnly(2023, 1, 1))!.ModifierIndicator);
    }

    [Fact]
    public void A_chosen_modifier_no_edit_calls_for_is_left_off_with_the_reason()
    {
        var line = Bill(Medicare, Pt("97110", 2, therapist: 30, chosen: "XS")).Lines.Single();
        Assert.Equal("97110-GP ×2", line.ToString());
        Assert.Contains(line.Explanations, e => e.Contains("XS left off"));
    }

    [Fact]
    public void A_chosen_modifier_other_than_59_or_X_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => Bill(Medicare, Pt("97110", 2, therapist: 30, chosen: "KX")));
}
