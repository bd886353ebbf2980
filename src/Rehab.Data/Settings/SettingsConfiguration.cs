using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;
using Rehab.Core.Settings;

namespace Rehab.Data.Settings;

internal sealed class CompanySettingsRowConfiguration : IEntityTypeConfiguration<CompanySettingsRow>
{
    public void Configure(EntityTypeBuilder<CompanySettingsRow> b)
    {
        b.ToTable("CompanySettings");
        b.HasKey(s => s.CompanyId);
        b.Property(s => s.PayerRules).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.AdditionalModifiers).HasMaxLength(20000);
        b.Property(s => s.MfaRequirement).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Company>().WithOne().HasForeignKey<CompanySettingsRow>(s => s.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClinicSettingsRowConfiguration : IEntityTypeConfiguration<ClinicSettingsRow>
{
    public void Configure(EntityTypeBuilder<ClinicSettingsRow> b)
    {
        b.ToTable("ClinicSettings");
        b.HasKey(s => s.ClinicId);
        b.Property(s => s.SupervisionWording).HasMaxLength(SupervisionWordings.MaxLength);
        b.Property(s => s.MedicareCarrierNumber).HasMaxLength(5);
        b.Property(s => s.MedicareLocalityNumber).HasMaxLength(2);
        b.Property(s => s.MedicareFacilityType).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.DefaultPlaceOfService).HasMaxLength(2);
        b.Property(s => s.PasswordExpiry).HasConversion<string>().HasMaxLength(10);
        b.HasOne<Clinic>().WithOne().HasForeignKey<ClinicSettingsRow>(s => s.ClinicId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Company>().WithMany().HasForeignKey(s => s.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.CompanyId);
    }
}
