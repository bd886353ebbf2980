using System.Text.Json.Serialization;
using Rehab.Core.Patients;
using Rehab.Core.Settings;
using Rehab.Data.Patients;
using Rehab.Data.Payers;

namespace Rehab.Web.Patients;

/// <summary>A patient as the front office enters them; the clinic is where they are registered.</summary>
public sealed record PatientInput
{
    /// <summary>One of your clinics; when changing a patient, leave it out to keep the clinic.</summary>
    public Guid? ClinicId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? PreferredName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
    public Sex? Sex { get; init; }
    public string? GenderIdentity { get; init; }
    public string? Pronouns { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? AddressLine1 { get; init; }
    public string? AddressLine2 { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? PostalCode { get; init; }
    public string? MedicalRecordNumber { get; init; }
    public bool IsActive { get; init; } = true;

    public PatientDetails ToDetails() => new(FirstName, LastName, DateOfBirth, Sex, MedicalRecordNumber, IsActive)
    {
        PreferredName = PreferredName, GenderIdentity = GenderIdentity, Pronouns = Pronouns, Phone = Phone, Email = Email,
        AddressLine1 = AddressLine1, AddressLine2 = AddressLine2, City = City, State = State, PostalCode = PostalCode,
    };
}

public sealed record PatientResponse(
    Guid Id, Guid ClinicId, string FirstName, string LastName, string? PreferredName, DateOnly DateOfBirth,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Sex>))] Sex Sex,
    string? GenderIdentity, string? Pronouns, string? Phone, string? Email,
    string? AddressLine1, string? AddressLine2, string? City, string? State, string? PostalCode,
    string MedicalRecordNumber, bool IsActive, DateTimeOffset CreatedAt)
{
    public static PatientResponse From(Patient p) => new(
        p.Id, p.ClinicId, p.FirstName, p.LastName, p.PreferredName, p.DateOfBirth, p.Sex, p.GenderIdentity, p.Pronouns, p.Phone, p.Email,
        p.AddressLine1, p.AddressLine2, p.City, p.State, p.PostalCode, p.MedicalRecordNumber, p.IsActive, p.CreatedAt);
}

/// <summary>A patient's coverage by one of the company's payers.</summary>
public sealed record PolicyInput
{
    public Guid? PayerId { get; init; }
    public string? MemberId { get; init; }
    public string? GroupNumber { get; init; }
    public string? SubscriberName { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<SubscriberRelationship>))]
    public SubscriberRelationship Relationship { get; init; } = SubscriberRelationship.Self;
    [JsonConverter(typeof(JsonStringEnumConverter<PolicyPriority>))]
    public PolicyPriority Priority { get; init; } = PolicyPriority.Primary;
    public DateOnly? EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    /// <summary>Medicare policies only: what other providers billed Medicare for the patient's therapy, per year.</summary>
    public List<MedicarePriorAmounts>? MedicarePriorAmounts { get; init; }

    public PolicyDetails ToDetails() => new(PayerId ?? Guid.Empty, MemberId, Priority, Relationship)
    {
        GroupNumber = GroupNumber, SubscriberName = SubscriberName, EffectiveFrom = EffectiveFrom, EffectiveTo = EffectiveTo,
        MedicarePriorAmounts = MedicarePriorAmounts ?? [],
    };
}

public sealed record PolicyResponse(
    Guid Id, Guid PatientId, Guid PayerId, string PayerName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<InsuranceType>))] InsuranceType PayerType,
    string MemberId, string? GroupNumber, string? SubscriberName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<SubscriberRelationship>))] SubscriberRelationship Relationship,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PolicyPriority>))] PolicyPriority Priority,
    DateOnly? EffectiveFrom, DateOnly? EffectiveTo, IReadOnlyList<MedicarePriorAmounts> MedicarePriorAmounts)
{
    public static PolicyResponse From(Policy p, Payer payer)
    {
        var d = p.ToDetails();
        return new(p.Id, p.PatientId, p.PayerId, payer.Name, payer.Type, p.MemberId, p.GroupNumber, p.SubscriberName,
            p.Relationship, p.Priority, p.EffectiveFrom, p.EffectiveTo, d.MedicarePriorAmounts);
    }
}
