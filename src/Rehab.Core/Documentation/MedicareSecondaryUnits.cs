using Rehab.Core.Billing;

namespace Rehab.Core.Documentation;

/// <summary>
/// A day billed by the Rule of 8s whose claim also goes to Medicare (a Medicare secondary behind a Rule-of-8s primary,
/// with the company deferring to the primary): Medicare allows only the 8-Minute Rule's units (Pub. 100-04 Ch. 5
/// §20.2), so a day that bills more is warned about with both numbers.
/// </summary>
public static class MedicareSecondaryUnits
{
    public static string? Warning(UnitCalculation billed, IReadOnlyList<ServiceLine> lines, NoteBillingContext context)
    {
        if (billed.Rule != UnitRule.RuleOfEights || !context.Rules.MedicareClaim.Value)
            return null;
        var allowed = new UnitCalculator(context.Catalog).Calculate(UnitRule.EightMinute, [.. lines]).TotalUnits;
        return billed.TotalUnits > allowed
            ? $"The Medicare claim will carry {billed.TotalUnits} units where CMS allows {allowed}: the day is " +
              "billed by the Rule of 8s, but Medicare pools the timed minutes " +
              "(8-Minute Rule, Pub. 100-04 Ch. 5 §20.2)."
            : null;
    }
}
