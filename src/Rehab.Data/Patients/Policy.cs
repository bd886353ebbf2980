using System.Text.Json;
using Rehab.Core.Common;
using Rehab.Core.Patients;

namespace Rehab.Data.Patients;

/// <summary>A patient's coverage by a payer.</summary>
public sealed class Policy : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid PatientId { get; set; }
    public Guid PayerId { get; set; }
    public required string MemberId { get; set; }
    public string? GroupNumber { get; set; }
    public string? SubscriberName { get; set; }
    public SubscriberRelationship Relationship { get; set; }
    public PolicyPriority Priority { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    /// <summary>Prior providers' Medicare therapy amounts per year, as a JSON array.</summary>
    public string MedicarePriorAmounts { get; set; } = "[]";

    public PolicyDetails ToDetails() => new(PayerId, MemberId, Priority, Relationship)
    {
        GroupNumber = GroupNumber, SubscriberName = SubscriberName, EffectiveFrom = EffectiveFrom, EffectiveTo = EffectiveTo,
        MedicarePriorAmounts = JsonSerializer.Deserialize<List<MedicarePriorAmounts>>(MedicarePriorAmounts, Json) ?? [],
    };

    /// <summary>Copies validated details.</summary>
    public void Apply(PolicyDetails details)
    {
        PayerId = details.PayerId;
        MemberId = details.MemberId!.Trim();
        GroupNumber = string.IsNullOrWhiteSpace(details.GroupNumber) ? null : details.GroupNumber.Trim();
        SubscriberName = string.IsNullOrWhiteSpace(details.SubscriberName) ? null : details.SubscriberName.Trim();
        Relationship = details.Relationship;
        Priority = details.Priority;
        EffectiveFrom = details.EffectiveFrom;
        EffectiveTo = details.EffectiveTo;
        MedicarePriorAmounts = JsonSerializer.Serialize(details.MedicarePriorAmounts.OrderBy(a => a.Year), Json);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
