using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Cases;
using Rehab.Core.Organization;
using Rehab.Data.Patients;
using Rehab.Data.Referrals;
using Rehab.Data.Users;

namespace Rehab.Data.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("Cases");
        b.Property(c => c.Title).HasMaxLength(CaseDetails.TitleMaxLength);
        b.Property(c => c.PlaceOfService).HasMaxLength(2);
        b.Property(c => c.TreatingDiagnoses).HasMaxLength(200);
        b.Property(c => c.AuthorizationNumber).HasMaxLength(AuthorizationDetails.NumberMaxLength);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Clinic>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Policy>().WithMany().HasForeignKey(c => c.PrimaryPolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Policy>().WithMany().HasForeignKey(c => c.SecondaryPolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RehabUser>().WithMany().HasForeignKey(c => c.AssignedTherapistId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.CompanyId, c.PatientId });
        b.HasIndex(c => new { c.CompanyId, c.ClinicId, c.Status });
    }
}
