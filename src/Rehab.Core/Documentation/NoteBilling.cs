using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Common;
using Rehab.Core.Users;

namespace Rehab.Core.Documentation;

/// <summary>
/// Bills a note's charge lines: units from <see cref="UnitCalculator"/> under the effective unit rule, then
/// modifiers from <see cref="ModifierEngine"/>, date of service by date of service. Lines that cannot be billed
/// are reported and left out, so that the rest still show their units while the note is being written.
/// </summary>
public static class NoteBilling
{
    public static NoteBillingResult Compute(IReadOnlyList<ChargeLineDraft> charges, NoteBillingContext context)
    {
        var billed = Bill(charges, context);
        return billed with
        {
            Days = [.. billed.Days.Select(d => d with { TieEffects = TieChoiceEffects.For(charges, context, d) })],
        };
    }

    internal static NoteBillingResult Bill(IReadOnlyList<ChargeLineDraft> charges, NoteBillingContext context)
    {
        var problems = new List<Problem>();
        var lines = new ChargeBilling?[charges.Count];
        var billable = new List<int>();
        var medicare = context.Rules.MedicareClaim.Value;
        for (var i = 0; i < charges.Count; i++)
        {
            var errors = new ValidationErrors();
            charges[i].Validate(errors, $"charges[{i}].");
            CodeDisciplineRule.Check(context.Catalog, charges[i].Code, context.Discipline, errors,
                $"charges[{i}].code");
            if (!errors.IsValid)
                problems.AddRange(errors.ToProblems());
            else if (medicare && MedicareCodeRule.Refusal(charges[i], i, context.Catalog) is { } refused)
                problems.Add(refused);
            else if (medicare && MedicareCodeRule.Bundled(charges[i], context.Catalog) is { } bundled)
                lines[i] = new ChargeBilling(i, charges[i], 0, bundled, []);
            else
                billable.Add(i);
        }

        var days = new List<VisitDayBilling>();
        foreach (var day in billable.GroupBy(i => charges[i].DateOfService).OrderBy(g => g.Key))
            days.Add(BillDay(day.Key, [.. day], charges, context, lines, problems));

        var result = lines.Select((line, i) => line ?? new ChargeBilling(i, charges[i], 0, "Not billed until the line's problems are corrected.", []));
        if (context.NotBillable is { } why)
            return new NoteBillingResult(context.Rules.UnitRule,
                [.. result.Select(l => l with { Units = 0, Explanation = why, ClaimLines = [] })], [], problems);
        return new NoteBillingResult(context.Rules.UnitRule, [.. result], days, problems);
    }

    private static VisitDayBilling BillDay(DateOnly dateOfService, List<int> indexes, IReadOnlyList<ChargeLineDraft> charges,
        NoteBillingContext context, ChargeBilling?[] lines, List<Problem> problems)
    {
        var day = VisitDay.Units(dateOfService, Calculate(indexes, charges, context, problems),
            [.. indexes.Select(i => charges[i])], context);
        var calculation = day.Calculation;
        var warnings = day.Warnings.ToList();

        var byAssistant = context.WrittenBy.IsAssistant();
        var billed = new BilledLine[indexes.Count];
        for (var j = 0; j < indexes.Count; j++)
        {
            var units = calculation.Lines[j];
            var sameCode = units.SameCodeAs is null
                ? Enumerable.Range(0, indexes.Count).Where(k => calculation.Lines[k].SameCodeAs == j || k == j).Select(k => charges[indexes[k]]).ToList()
                : [charges[indexes[j]]];
            var minutes = sameCode.Sum(c => c.Minutes ?? 0);
            var assistant = sameCode.Sum(c => c.AssistantMinutesOr(byAssistant));
            billed[j] = new BilledLine(units.Code, context.Discipline, units.IsTimed, day.Units[j], minutes - assistant,
                assistant,
                [.. sameCode.SelectMany(c => c.ParsedModifiers()).Distinct()], sameCode.Any(c => c.SeparateBlockOrRegion));
        }
        var before = day.Before.Select(b => b.ToBilledLine(context.Discipline, context.Catalog)).ToList();

        var settings = context.ModifierSettings;
        var spending = settings.AppliesTherapyThreshold ? context.MedicareSpending : null;
        var outcome = ModifierEngine.Apply(new ModifierRequest(dateOfService, settings, [.. before, .. billed],
            context.Edits, spending?.ForVisit(dateOfService, billed), context.KxAttestation));
        if (MedicareSecondaryUnits.Warning(calculation, [.. indexes.Select(i => charges[i].ToServiceLine())], context)
            is { } medicareUnits)
            warnings.Add(medicareUnits);
        if (spending?.NotPriced(dateOfService, billed) is [_, ..] notPriced)
            warnings.Add($"The fee schedule has no {dateOfService.Year} amount for {string.Join(", ", notPriced)} at the clinic's locality: "
                + "the KX decision counts nothing for it, so the patient's total may be low.");
        for (var j = 0; j < indexes.Count; j++)
        {
            var claimLines = outcome.Lines.Where(r => ReferenceEquals(r.Source, billed[j])).ToList();
            // a line the modifier rules withhold (an NCCI pair not attested as distinct) bills what its claim lines do
            var units = claimLines.Count > 0 ? claimLines.Sum(c => c.Units) : day.Units[j];
            lines[indexes[j]] = new ChargeBilling(indexes[j], charges[indexes[j]], units, day.Explanations[j],
                claimLines);
        }
        warnings.AddRange(VisitDay.EarlierLineWarnings(day, outcome, before));
        return new VisitDayBilling(dateOfService, calculation, [.. warnings, .. outcome.Warnings])
        {
            UnitsBilledBefore = day.UnitsBilledBefore, TimedMinutesBilledBefore = day.TimedMinutesBefore,
            KxUndecided = outcome.KxUndecided,
        };
    }

    /// <summary>
    /// The day's units, leaving out each line the calculator refuses (and reporting it) until the rest can be
    /// calculated.
    /// </summary>
    private static UnitCalculation Calculate(List<int> indexes, IReadOnlyList<ChargeLineDraft> charges, NoteBillingContext context, List<Problem> problems)
    {
        var calculator = new UnitCalculator(context.Catalog);
        while (true)
        {
            try
            {
                return calculator.Calculate(context.Rules.UnitRule.Value, indexes.Select(i => charges[i].ToServiceLine()).ToArray());
            }
            catch (ServiceLineException e)
            {
                var message = e.Message.Length == 0 ? "This line cannot be billed." : char.ToUpperInvariant(e.Message[0]) + e.Message[1..] + ".";
                problems.Add(new Problem($"charges[{indexes[e.Line]}].{e.Field}", message));
                indexes.RemoveAt(e.Line);
            }
        }
    }
}
