using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Licensing;
using Rehab.Core.Organization;

namespace Rehab.Data.Licensing;

internal sealed class PurchasedLicenseConfiguration : IEntityTypeConfiguration<PurchasedLicense>
{
    public void Configure(EntityTypeBuilder<PurchasedLicense> b)
    {
        b.ToTable("PurchasedLicenses");
        b.HasKey(l => new { l.ClinicId, l.LicenseClass });
        b.Property(l => l.LicenseClass).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Clinic>().WithMany().HasForeignKey(l => l.ClinicId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.CompanyId);
    }
}

internal sealed class LicenseAdjustmentRequestConfiguration : IEntityTypeConfiguration<LicenseAdjustmentRequest>
{
    public void Configure(EntityTypeBuilder<LicenseAdjustmentRequest> b)
    {
        b.ToTable("LicenseAdjustmentRequests");
        b.Property(r => r.Direction).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Reason).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Explanation).HasMaxLength(LicenseAdjustmentRules.ExplanationMaxLength);
        b.Property(r => r.RequestedByUserName).HasMaxLength(256);
        b.Property(r => r.DecidedByUserName).HasMaxLength(256);
        b.Property(r => r.DecisionNote).HasMaxLength(1000);
        b.HasOne<Clinic>().WithMany().HasForeignKey(r => r.ClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.CompanyId, r.Status });
        b.HasIndex(r => r.Status);
    }
}
