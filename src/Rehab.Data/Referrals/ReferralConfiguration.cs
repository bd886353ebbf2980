using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;
using Rehab.Core.Referrals;
using Rehab.Data.Patients;

namespace Rehab.Data.Referrals;

internal sealed class ReferringPhysicianConfiguration : IEntityTypeConfiguration<ReferringPhysician>
{
    public void Configure(EntityTypeBuilder<ReferringPhysician> b)
    {
        b.ToTable("ReferringPhysicians");
        b.Property(p => p.FirstName).HasMaxLength(ReferringPhysicianDetails.NameMaxLength);
        b.Property(p => p.LastName).HasMaxLength(ReferringPhysicianDetails.NameMaxLength);
        b.Property(p => p.Npi).HasMaxLength(10);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Fax).HasMaxLength(20);
        b.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.CompanyId, p.Npi }).IsUnique();
    }
}

internal sealed class MarketingSourceConfiguration : IEntityTypeConfiguration<MarketingSource>
{
    public void Configure(EntityTypeBuilder<MarketingSource> b)
    {
        b.ToTable("MarketingSources");
        b.Property(m => m.Name).HasMaxLength(MarketingSourceDetails.NameMaxLength);
        b.HasOne<Company>().WithMany().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.CompanyId, m.Name }).IsUnique();
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("Referrals");
        b.Property(r => r.DiagnosisCodes).HasMaxLength(200);
        b.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ReferringPhysician>().WithMany().HasForeignKey(r => r.ReferringPhysicianId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MarketingSource>().WithMany().HasForeignKey(r => r.MarketingSourceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.CompanyId, r.PatientId });
    }
}
