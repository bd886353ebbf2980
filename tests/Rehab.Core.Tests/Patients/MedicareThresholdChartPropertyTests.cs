using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Patients;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Billing.Threshold.Fees;

namespace Rehab.Core.Tests.Patients;

public sealed class MedicareThresholdChartPropertyTests
{
    private static readonly ClinicSettings Clinic = new() { MedicareFeeSchedule = PrivatePractice };

    private static Gen<BilledService> ServiceIn(int year) =>
        from code in Gen.Elements("97110", "97140", "97530", "97161", "97750")
        from units in Gen.Choose(0, 6)
        from discipline in Gen.Elements(Discipline.PT, Discipline.OT, Discipline.SLP)
        from day in Gen.Choose(0, 364)
        select new BilledService(new DateOnly(year, 1, 1).AddDays(day), Code(code), units, discipline);

    private static readonly Gen<(List<BilledService> Services, MedicarePriorAmounts Prior, List<BilledService> OtherYear)> Cases =
        from services in Gen.ListOf(ServiceIn(2026))
        from otherYear in Gen.ListOf(ServiceIn(2025))
        from ptSlp in Gen.Choose(0, 300_000)
        from ot in Gen.Choose(0, 300_000)
        select (services.ToList(), new MedicarePriorAmounts(2026, ptSlp / 100m, ot / 100m), otherYear.ToList());

    private static MedicareThresholdChart Chart(IEnumerable<BilledService> services, MedicarePriorAmounts prior) =>
        MedicareThresholdChart.For(2026, Clinic, Standard, services, [prior, new MedicarePriorAmounts(2025, 2000m, 2000m)]).Value!;

    [Property]
    public Property Lines_run_up_to_the_bucket_s_used_amount_and_need_kx_exactly_above_the_threshold() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var chart = Chart(c.Services, c.Prior);
            return chart.Lines.Count == c.Services.Count && chart.Estimate.Buckets.All(b =>
            {
                var lines = chart.Lines.Where(l => l.Service.Bucket == b.Bucket).ToList();
                return (lines.Count == 0 || lines[^1].UsedThroughVisit == b.Used)
                    && lines.Zip(lines.Skip(1)).All(p => p.First.UsedThroughVisit <= p.Second.UsedThroughVisit && (!p.First.NeedsKx || p.Second.NeedsKx))
                    && lines.All(l => l.NeedsKx == l.UsedThroughVisit > b.KxThreshold);
            });
        });

    [Property]
    public Property Another_year_s_services_change_nothing() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var alone = Chart(c.Services, c.Prior);
            var mixed = Chart([.. c.OtherYear, .. c.Services], c.Prior);
            return alone.Lines.SequenceEqual(mixed.Lines) && alone.Alerts.SequenceEqual(mixed.Alerts)
                && alone.Estimate.Buckets.SequenceEqual(mixed.Estimate.Buckets);
        });
}
