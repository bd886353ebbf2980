using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Billing.Threshold;
using static Rehab.Core.Tests.Billing.Threshold.Fees;

namespace Rehab.Core.Tests.Billing.Threshold;

public sealed class MedicareSpendingTests
{
    private static readonly DateOnly Visit = new(2026, 3, 2);

    private static BilledLine Line(string code, int units, Discipline discipline = Discipline.PT) => new(Code(code), discipline, true, units);

    private static MedicareSpending Spending(IReadOnlyList<BilledService>? others = null, params PriorProviderAmount[] prior) =>
        new(PrivatePractice, Standard, others ?? [], prior);

    [Fact]
    public void The_year_so_far_is_prior_amounts_and_other_services_up_to_the_visit_and_the_visit_is_its_own_lines()
    {
        var spending = Spending(
            [
                Service("97110", 10, Discipline.PT, month: 1),   // $300, before
                Service("97140", 5, Discipline.PT, month: 3),    // $140, the same day: counted before the visit
                Service("97110", 20, Discipline.PT, month: 4),   // after the visit: not yet
                Service("97530", 4, Discipline.OT, month: 1),    // OT's bucket
                Service("97110", 40, Discipline.PT, year: 2025), // last year
            ],
            new PriorProviderAmount(2026, 1000m, 50m), new PriorProviderAmount(2026, 200m, 0m), new PriorProviderAmount(2025, 9000m, 9000m));

        var ytd = spending.ForVisit(Visit, [Line("97110", 2), Line("97112", 1)]);

        var pt = Assert.Single(ytd).Value;
        Assert.Equal(1000m + 200m + 300m + 140m, pt.AllowedBeforeVisit);
        Assert.Equal(2 * 30m + 35m, pt.AllowedThisVisit);
    }

    [Fact]
    public void Each_bucket_of_the_visit_is_counted_apart()
    {
        var spending = Spending([Service("97530", 4, Discipline.OT, month: 1)], new PriorProviderAmount(2026, 100m, 10m));

        var ytd = spending.ForVisit(Visit, [Line("97110", 1), Line("97530", 2, Discipline.OT)]);

        Assert.Equal(new TherapyYearToDate(100m, 30m), ytd[TherapyBucket.PhysicalAndSpeech]);
        Assert.Equal(new TherapyYearToDate(10m + 140m, 70m), ytd[TherapyBucket.Occupational]);
    }

    [Fact]
    public void A_service_of_another_clinic_is_priced_at_that_clinics_locality()
    {
        var elsewhere = new MedicareFeeScheduleSetting(RestOfState, FacilityType.NonInstitutional);
        var schedule = new FeeSchedule([.. Standard.Entries, new FeeScheduleEntry(2026, Code("97110"), RestOfState, FacilityType.NonInstitutional, 45m)]);
        var spending = new MedicareSpending(PrivatePractice, schedule,
            [Service("97110", 2, Discipline.PT, month: 1) with { PricedAt = elsewhere }], []);

        Assert.Equal(90m, spending.ForVisit(Visit, [Line("97110", 1)])[TherapyBucket.PhysicalAndSpeech].AllowedBeforeVisit);
    }

    [Fact]
    public void Codes_without_an_amount_count_nothing_and_are_named()
    {
        var spending = Spending();
        var lines = new[] { Line("97110", 1), Line("97018", 1), Line("97035", 0) };

        Assert.Equal(30m, spending.ForVisit(Visit, lines)[TherapyBucket.PhysicalAndSpeech].AllowedThisVisit);
        Assert.Equal([Code("97018")], spending.NotPriced(Visit, lines));
    }
}
