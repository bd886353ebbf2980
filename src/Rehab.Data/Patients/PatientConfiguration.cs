using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;
using Rehab.Core.Patients;
using Rehab.Data.Payers;

namespace Rehab.Data.Patients;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> b)
    {
        b.ToTable("Patients");
        b.Property(p => p.FirstName).HasMaxLength(PatientDetails.NameMaxLength);
        b.Property(p => p.LastName).HasMaxLength(PatientDetails.NameMaxLength);
        b.Property(p => p.PreferredName).HasMaxLength(PatientDetails.NameMaxLength);
        b.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.GenderIdentity).HasMaxLength(PatientDetails.GenderIdentityMaxLength);
        b.Property(p => p.Pronouns).HasMaxLength(PatientDetails.PronounsMaxLength);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Email).HasMaxLength(256);
        b.Property(p => p.AddressLine1).HasMaxLength(200);
        b.Property(p => p.AddressLine2).HasMaxLength(200);
        b.Property(p => p.City).HasMaxLength(100);
        b.Property(p => p.State).HasMaxLength(2);
        b.Property(p => p.PostalCode).HasMaxLength(10);
        b.Property(p => p.MedicalRecordNumber).HasMaxLength(PatientDetails.MedicalRecordNumberMaxLength);
        b.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Clinic>().WithMany().HasForeignKey(p => p.ClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.CompanyId, p.MedicalRecordNumber }).IsUnique();
        b.HasIndex(p => new { p.CompanyId, p.LastName, p.FirstName });
        b.HasIndex(p => new { p.CompanyId, p.DateOfBirth });
    }
}

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> b)
    {
        b.ToTable("Policies");
        b.Property(p => p.MemberId).HasMaxLength(PolicyDetails.MemberIdMaxLength);
        b.Property(p => p.GroupNumber).HasMaxLength(PolicyDetails.GroupNumberMaxLength);
        b.Property(p => p.SubscriberName).HasMaxLength(PolicyDetails.SubscriberNameMaxLength);
        b.Property(p => p.Relationship).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.Priority).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.MedicarePriorAmounts).HasMaxLength(4000);
        b.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Payer>().WithMany().HasForeignKey(p => p.PayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.CompanyId, p.PatientId });
    }
}
