using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Billing.Threshold;
using static Rehab.Core.Tests.Billing.Threshold.Fees;

namespace Rehab.Core.Tests.Billing.Threshold;

// Issue 14 item 8: CQ/CO lines count at 85% of the allowed amount toward the threshold from 2022 (SSA §1834(v)(1)).
public sealed class ThresholdAccrualTests
{
    [Theory]
    [InlineData(2026, 2, 0, 60.00)]
    [InlineData(2026, 2, 1, 55.50)] // 30 + 30 × 0.85
    [InlineData(2026, 2, 2, 51.00)]
    [InlineData(2021, 2, 2, 60.00)] // before 2022 an assistant's line was paid in full
    public void SSA_1834v_CQ_units_count_at_85_percent(int year, int units, int assistantUnits, decimal expected)
    {
        var service = Service("97110", units, Discipline.PT, year) with { AssistantUnits = assistantUnits };

        Assert.Equal(expected, Standard.AllowedFor(service, PrivatePractice));
    }

    [Fact]
    public void The_visit_s_own_CQ_units_count_at_85_percent_toward_KX()
    {
        var spending = new MedicareSpending(PrivatePractice, Standard, [], []);
        // 30 assistant minutes alone: both units carry CQ (AssistantModifierRule)
        var line = new BilledLine(ProcedureCode.Parse("97110"), Discipline.PT, true, 2, 0, 30);

        var yearToDate = spending.ForVisit(new DateOnly(2026, 3, 2), [line])[TherapyBucket.PhysicalAndSpeech];

        Assert.Equal(51.00m, yearToDate.AllowedThisVisit);
    }

    [Fact]
    public void The_chart_says_it_is_an_estimate_and_what_it_leaves_out()
    {
        var caveat = Estimate([Service("97110", 2, Discipline.PT)]).Caveat;

        Assert.StartsWith("An estimate, not Medicare's count:", caveat, StringComparison.Ordinal);
        Assert.Contains("CQ or CO at 85%", caveat);
        Assert.Contains("leaves out the multiple-procedure payment reduction", caveat);
        Assert.Contains("notes not yet finalized", caveat);
    }

    [Property]
    public Property Assistant_units_count_between_85_percent_and_the_full_amount(PositiveInt units,
        NonNegativeInt assistant)
    {
        var service = Service("97110", units.Get, Discipline.PT) with { AssistantUnits = assistant.Get };
        var full = Standard.AllowedFor(service with { AssistantUnits = 0 }, PrivatePractice)!.Value;
        var counted = Standard.AllowedFor(service, PrivatePractice)!.Value;
        return (counted <= full && counted >= full * ThresholdAccrual.AssistantShare
                && (assistant.Get == 0) == (counted == full)).ToProperty();
    }
}
