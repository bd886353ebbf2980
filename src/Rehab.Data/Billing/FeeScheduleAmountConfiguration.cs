using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;

namespace Rehab.Data.Billing;

internal sealed class FeeScheduleAmountConfiguration : IEntityTypeConfiguration<FeeScheduleAmount>
{
    public void Configure(EntityTypeBuilder<FeeScheduleAmount> b)
    {
        b.ToTable("FeeScheduleAmounts");
        b.Property(f => f.Code).HasMaxLength(5);
        b.Property(f => f.CarrierNumber).HasMaxLength(5);
        b.Property(f => f.LocalityNumber).HasMaxLength(2);
        b.Property(f => f.FacilityType).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.AllowedAmount).HasPrecision(10, 2);
        b.HasOne<Company>().WithMany().HasForeignKey(f => f.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.CompanyId, f.Year, f.Code, f.CarrierNumber, f.LocalityNumber, f.FacilityType }).IsUnique();
    }
}
