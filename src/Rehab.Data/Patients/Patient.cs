using Rehab.Core.Common;
using Rehab.Core.Patients;

namespace Rehab.Data.Patients;

/// <summary>A person the company treats, registered at one clinic; users see patients of the clinics they may access.</summary>
public sealed class Patient : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    /// <summary>The clinic the patient is registered at.</summary>
    public Guid ClinicId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? PreferredName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public Sex Sex { get; set; }
    public string? GenderIdentity { get; set; }
    public string? Pronouns { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    /// <summary>Unique within the company; stored trimmed and upper-case.</summary>
    public required string MedicalRecordNumber { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    public PatientDetails ToDetails() => new(FirstName, LastName, DateOfBirth, Sex, MedicalRecordNumber, IsActive)
    {
        PreferredName = PreferredName, GenderIdentity = GenderIdentity, Pronouns = Pronouns, Phone = Phone, Email = Email,
        AddressLine1 = AddressLine1, AddressLine2 = AddressLine2, City = City, State = State, PostalCode = PostalCode,
    };

    /// <summary>Copies validated details; normalizes them first.</summary>
    public void Apply(PatientDetails details)
    {
        var d = details.Normalized();
        FirstName = d.FirstName!;
        LastName = d.LastName!;
        PreferredName = d.PreferredName;
        DateOfBirth = d.DateOfBirth!.Value;
        Sex = d.Sex!.Value;
        GenderIdentity = d.GenderIdentity;
        Pronouns = d.Pronouns;
        Phone = d.Phone;
        Email = d.Email;
        AddressLine1 = d.AddressLine1;
        AddressLine2 = d.AddressLine2;
        City = d.City;
        State = d.State;
        PostalCode = d.PostalCode;
        MedicalRecordNumber = d.MedicalRecordNumber!;
        IsActive = d.IsActive;
    }
}
