using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Patients;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Billing.Threshold.Fees;

namespace Rehab.Core.Tests.Billing.Threshold;

/// <summary>What each note bills for KX and what the chart later says of its lines are the same rule: they must agree.</summary>
public sealed class MedicareSpendingPropertyTests
{
    private sealed record Visit(Guid Note, DateOnly Date, List<BilledLine> Lines);

    private static readonly Gen<BilledLine> Line =
        from code in Gen.Elements("97110", "97140", "97530", "97161", "97750")
        from units in Gen.Choose(0, 4)
        from discipline in Gen.Elements(Discipline.PT, Discipline.OT, Discipline.SLP)
        select new BilledLine(Code(code), discipline, true, units);

    /// <summary>Notes finalized in date order (several may share a date), with other providers' amounts near the threshold.</summary>
    private static readonly Gen<(List<Visit> Visits, PriorProviderAmount Prior)> Year =
        from steps in Gen.ListOf(Gen.Choose(0, 20))
        from lines in Gen.ListOf(Gen.NonEmptyListOf(Line), steps.Count)
        from ptSlp in Gen.Choose(180_000, 260_000)
        from ot in Gen.Choose(180_000, 260_000)
        select (steps.Select((_, i) => new Visit(Guid.NewGuid(), new DateOnly(2026, 1, 1).AddDays(steps.Take(i + 1).Sum()), [.. lines[i]]))
                .Where(v => v.Date.Year == 2026).ToList(),
            new PriorProviderAmount(2026, ptSlp / 100m, ot / 100m));

    [Property]
    public Property Each_note_s_kx_is_what_the_chart_says_of_its_lines() =>
        Prop.ForAll(Year.ToArbitrary(), year =>
        {
            var finalized = new List<BilledService>();
            var billed = new List<bool>();
            foreach (var visit in year.Visits)
            {
                var spending = new MedicareSpending(PrivatePractice, Standard, [.. finalized], [year.Prior]);
                var yearToDate = spending.ForVisit(visit.Date, visit.Lines);
                foreach (var line in visit.Lines)
                {
                    billed.Add(ThresholdModifierRule.NeedsKx(yearToDate[TherapyBuckets.Of(line.Discipline)], MedicareTherapyThreshold.For(2026)!));
                    finalized.Add(new BilledService(visit.Date, line.Code, line.Units, line.Discipline, Visit: visit.Note));
                }
            }

            var chart = MedicareThresholdChart.For(2026, new ClinicSettings { MedicareFeeSchedule = PrivatePractice }, Standard, finalized,
                [new MedicarePriorAmounts(2026, year.Prior.PhysicalAndSpeech, year.Prior.Occupational)]).Value!;
            return chart.Lines.Select(l => l.NeedsKx).SequenceEqual(billed);
        });
}
