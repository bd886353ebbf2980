using Rehab.Core.Billing.Modifiers;

namespace Rehab.Core.Billing.Threshold;

/// <summary>
/// What a service adds to the patient's threshold amount: its allowed amount, where units with CQ or CO count at 85%
/// from 2022, as Medicare pays them (SSA §1834(v)(1)); the threshold counts allowed amounts (SSA §1833(g)).
/// </summary>
public static class ThresholdAccrual
{
    public const decimal AssistantShare = 0.85m;
    private static readonly DateOnly ReducedFrom = new(2022, 1, 1);

    public static decimal Allowed(decimal perUnit, BilledService service)
    {
        var assistant = service.DateOfService >= ReducedFrom ? Math.Min(service.AssistantUnits, service.Units) : 0;
        return perUnit * (service.Units - assistant) + perUnit * assistant * AssistantShare;
    }

    /// <summary>The units of a billed line with CQ or CO, as <see cref="AssistantModifierRule"/> splits them.</summary>
    public static int AssistantUnits(BilledLine line) =>
        AssistantModifierRule.For(line.Discipline) is { } modifier && line.AssistantMinutes > 0
            ? AssistantModifierRule
                .Split(modifier, line.Timed, line.Units, line.TherapistMinutes, line.AssistantMinutes)
                .UnitsWithModifier
            : 0;
}
