using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using static Rehab.Core.Tests.Billing.Modifiers.Visit;

namespace Rehab.Core.Tests.Billing.Modifiers;

// KX above the yearly threshold (BBA 2018 §50202); $3,000 targeted medical review; amounts in billing-rules.md §5
public sealed class ThresholdModifierTests
{
    private static readonly PayerModifierSettings Medicare = PayerModifierSettings.Medicare();

    private static ModifierOutcome Bill(DateOnly dateOfService, decimal before, decimal thisVisit, params BilledLine[] lines) =>
        ModifierEngine.Apply(new ModifierRequest(dateOfService, Medicare, lines,
            YearToDate: new Dictionary<TherapyBucket, TherapyYearToDate> { [TherapyBucket.PhysicalAndSpeech] = new(before, thisVisit) }));

    [Theory]
    [InlineData(2400, 79.99, false)]
    [InlineData(2400, 80.00, false)] // exactly at the threshold is not above it
    [InlineData(2400, 80.01, true)]  // this visit takes the total above: its lines need KX
    [InlineData(2500, 0, true)]
    [InlineData(2480, 0.01, true)]
    public void BBA_2018_50202_KX_once_the_year_to_date_with_this_visit_is_above_the_2026_threshold_of_2480(decimal before, decimal visit, bool kx)
    {
        var outcome = Bill(DateOfService, before, visit, Pt("97110", 2, therapist: 30), Pt("97140", 1, therapist: 15));
        Assert.All(outcome.Lines, l => Assert.Equal(kx, l.Modifiers.Contains(Modifier.KX)));
    }

    [Theory]
    [InlineData(2018, 2010)]
    [InlineData(2019, 2040)]
    [InlineData(2020, 2080)]
    [InlineData(2021, 2110)]
    [InlineData(2022, 2150)]
    [InlineData(2023, 2230)]
    [InlineData(2024, 2330)]
    [InlineData(2025, 2410)]
    [InlineData(2026, 2480)]
    public void Each_years_threshold_decides(int year, decimal threshold)
    {
        var dos = new DateOnly(year, 6, 1);
        Assert.DoesNotContain(Modifier.KX, Bill(dos, threshold - 50m, 50m, Pt("97110", 1, therapist: 15)).Lines[0].Modifiers);
        Assert.Contains(Modifier.KX, Bill(dos, threshold - 50m, 50.01m, Pt("97110", 1, therapist: 15)).Lines[0].Modifiers);
    }

    [Fact]
    public void Speech_counts_with_physical_therapy_and_occupational_therapy_on_its_own()
    {
        var outcome = ModifierEngine.Apply(new ModifierRequest(DateOfService, Medicare,
            [Line("92507", Discipline.SLP, 1, timed: false), Line("97530", Discipline.OT, 1, therapist: 15)],
            YearToDate: new Dictionary<TherapyBucket, TherapyYearToDate>
            {
                [TherapyBucket.PhysicalAndSpeech] = new(2500m, 100m),
                [TherapyBucket.Occupational] = new(900m, 100m),
            }));
        Assert.Equal(["92507-GN-KX ×1", "97530-GO ×1"], outcome.Claim());
        Assert.Contains(outcome.For("97530").Explanations, e => e.Contains("No KX") && e.Contains("$1,000.00"));
    }

    [Fact]
    public void KX_says_why_with_the_amounts()
    {
        var line = Bill(DateOfService, 2450m, 62.5m, Pt("97110", 1, therapist: 15)).Lines[0];
        Assert.Contains(line.Explanations, e => e.StartsWith("KX:") && e.Contains("$2,512.50") && e.Contains("$2,480.00") && e.Contains("§50202"));
    }

    [Theory]
    [InlineData(2950, 50, false)]
    [InlineData(2950, 50.01, true)]
    [InlineData(3200, 100, true)]
    public void Above_3000_a_warning_that_the_claim_may_be_reviewed_and_KX_stays(decimal before, decimal visit, bool warned)
    {
        var outcome = Bill(DateOfService, before, visit, Pt("97110", 1, therapist: 15));
        Assert.Equal(warned, outcome.Warnings.Any(w => w.Contains("targeted medical review")));
        Assert.Contains(Modifier.KX, outcome.Lines[0].Modifiers);
    }

    [Fact]
    public void A_year_missing_from_the_table_is_a_warning_not_a_guess()
    {
        var outcome = Bill(new DateOnly(2027, 1, 5), 5000m, 100m, Pt("97110", 1, therapist: 15));
        Assert.DoesNotContain(Modifier.KX, outcome.Lines[0].Modifiers);
        Assert.Contains(outcome.Warnings, w => w.Contains("2027"));
    }

    [Fact]
    public void An_unknown_year_to_date_amount_is_a_warning()
    {
        var outcome = Visit.Bill(Medicare, Line("97530", Discipline.OT, 1, therapist: 15));
        Assert.DoesNotContain(Modifier.KX, outcome.Lines[0].Modifiers);
        Assert.Contains(outcome.Warnings, w => w.Contains("OT") && w.Contains("not known"));
    }

    [Fact]
    public void A_payer_without_the_Medicare_threshold_gets_no_KX()
    {
        var outcome = ModifierEngine.Apply(new ModifierRequest(DateOfService, Medicare with { AppliesTherapyThreshold = false },
            [Pt("97110", 1, therapist: 15)],
            YearToDate: new Dictionary<TherapyBucket, TherapyYearToDate> { [TherapyBucket.PhysicalAndSpeech] = new(9000m, 100m) }));
        Assert.Equal(["97110-GP ×1"], outcome.Claim());
        Assert.Empty(outcome.Warnings);
    }
}
