using Rehab.Core.Common;
using Rehab.Core.Settings;

namespace Rehab.Core.Patients;

/// <summary>
/// A patient's coverage by a payer, as the front office enters it; <see cref="Validate"/> names every field that
/// breaks a rule. Medicare policies may carry other providers' amounts for the year (the KX threshold estimate).
/// </summary>
public sealed record PolicyDetails(
    Guid PayerId,
    string? MemberId,
    PolicyPriority Priority = PolicyPriority.Primary,
    SubscriberRelationship Relationship = SubscriberRelationship.Self)
{
    /// <summary>Subscriber id or Medicare MBI, as a claim carries it.</summary>
    public const int MemberIdMaxLength = 20;
    public const int GroupNumberMaxLength = 15;
    public const int SubscriberNameMaxLength = 200;

    public string? GroupNumber { get; init; }

    /// <summary>The insured person's name; needed when the patient is not the subscriber.</summary>
    public string? SubscriberName { get; init; }

    public DateOnly? EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public IReadOnlyList<MedicarePriorAmounts> MedicarePriorAmounts { get; init; } = [];

    /// <summary>Whether the policy covers a date of service; open ends cover every date on that side.</summary>
    public bool IsInEffectOn(DateOnly date) => (EffectiveFrom is not { } from || date >= from) && (EffectiveTo is not { } to || date <= to);

    /// <param name="payerType">The payer's insurance type: only Medicare policies keep prior providers' amounts.</param>
    /// <param name="today">The date at the clinic.</param>
    public ValidationErrors Validate(InsuranceType payerType, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (PayerId == Guid.Empty)
            errors.Add("payerId", "Choose the payer (insurance) of the policy.");
        errors.Required("memberId", MemberId?.Trim(), "Member id", MemberIdMaxLength);
        errors.MaxLength("groupNumber", GroupNumber?.Trim(), "Group number", GroupNumberMaxLength);
        if (!Enum.IsDefined(Priority))
            errors.Add("priority", "Priority must be Primary, Secondary or Tertiary.");
        if (!Enum.IsDefined(Relationship))
            errors.Add("relationship", "Relationship to the subscriber must be Self, Spouse, Child or Other.");
        else if (Relationship != SubscriberRelationship.Self)
            errors.Required("subscriberName", SubscriberName, "Subscriber name (the patient is not the subscriber)", SubscriberNameMaxLength);
        else
            errors.MaxLength("subscriberName", SubscriberName?.Trim(), "Subscriber name", SubscriberNameMaxLength);
        PlausibleDates.CheckAhead(errors, "effectiveFrom", "The policy's start date", EffectiveFrom, today);
        PlausibleDates.CheckAhead(errors, "effectiveTo", "The policy's end date", EffectiveTo, today);
        if (EffectiveFrom is { } from && EffectiveTo is { } to && to < from)
            errors.Add("effectiveTo", $"The policy cannot end ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");

        if (MedicarePriorAmounts.Count > 0 && payerType != InsuranceType.Medicare)
            errors.Add("medicarePriorAmounts",
                $"Prior providers' therapy amounts are kept on Medicare policies only; this payer is {payerType.DisplayName()}.");
        for (var i = 0; i < MedicarePriorAmounts.Count; i++)
            MedicarePriorAmounts[i].Validate(errors, today, $"medicarePriorAmounts[{i}].");
        foreach (var year in MedicarePriorAmounts.GroupBy(a => a.Year).Where(g => g.Count() > 1))
            errors.Add("medicarePriorAmounts", $"{year.Key} is entered more than once; enter one line per year.");
        return errors;
    }

    /// <summary>The prior providers' amounts for a calendar year, or null when none were entered.</summary>
    public MedicarePriorAmounts? PriorAmountsFor(int year) => MedicarePriorAmounts.FirstOrDefault(a => a.Year == year);
}
