using Rehab.Core.Patients;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Patients;

namespace Rehab.Web.Pages.Patients;

/// <summary>The add-policy form on the chart, with one year of other providers' Medicare amounts.</summary>
public sealed class PolicyForm
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "payerId", "memberId", "groupNumber", "priority", "relationship", "subscriberName", "effectiveFrom", "effectiveTo",
        "priorYear", "priorPhysicalAndSpeech", "priorOccupational",
    ];

    /// <summary>Where the form shows the errors the policy's rules name by their API paths.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldFor = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["medicarePriorAmounts"] = "priorYear",
    };

    public static readonly IReadOnlyList<FieldOption> Priorities = Enum.GetNames<PolicyPriority>().Select(p => new FieldOption(p, p)).ToList();
    public static readonly IReadOnlyList<FieldOption> Relationships = Enum.GetNames<SubscriberRelationship>().Select(r => new FieldOption(r, r)).ToList();

    public Guid? PayerId { get; set; }
    public string? MemberId { get; set; }
    public string? GroupNumber { get; set; }
    public string? Priority { get; set; } = nameof(PolicyPriority.Primary);
    public string? Relationship { get; set; } = nameof(SubscriberRelationship.Self);
    public string? SubscriberName { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? EffectiveTo { get; set; }
    public string? PriorYear { get; set; }
    public string? PriorPhysicalAndSpeech { get; set; }
    public string? PriorOccupational { get; set; }

    public PolicyInput ToInput(FormErrors errors)
    {
        var year = FormValues.Number(errors, "priorYear", PriorYear, "The year");
        var physicalAndSpeech = FormValues.Amount(errors, "priorPhysicalAndSpeech", PriorPhysicalAndSpeech, "The PT and SLP amount");
        var occupational = FormValues.Amount(errors, "priorOccupational", PriorOccupational, "The OT amount");
        if (year is null && (physicalAndSpeech is not null || occupational is not null))
            errors.Add("priorYear", "Enter the year the prior providers' amounts are for.");
        return new PolicyInput
        {
            PayerId = PayerId, MemberId = MemberId, GroupNumber = GroupNumber, SubscriberName = SubscriberName,
            Priority = Enum.TryParse<PolicyPriority>(Priority, true, out var priority) ? priority : PolicyPriority.Primary,
            Relationship = Enum.TryParse<SubscriberRelationship>(Relationship, true, out var relationship) ? relationship : SubscriberRelationship.Self,
            EffectiveFrom = FormValues.Date(errors, "effectiveFrom", EffectiveFrom, "Effective from"),
            EffectiveTo = FormValues.Date(errors, "effectiveTo", EffectiveTo, "Effective to"),
            MedicarePriorAmounts = year is { } y ? [new MedicarePriorAmounts(y, physicalAndSpeech ?? 0, occupational ?? 0)] : [],
        };
    }
}
