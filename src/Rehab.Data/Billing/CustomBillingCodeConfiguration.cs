using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Billing;
using Rehab.Core.Organization;

namespace Rehab.Data.Billing;

internal sealed class CustomBillingCodeConfiguration : IEntityTypeConfiguration<CustomBillingCode>
{
    public void Configure(EntityTypeBuilder<CustomBillingCode> b)
    {
        b.ToTable("CustomBillingCodes");
        b.Property(c => c.Code).HasMaxLength(5);
        b.Property(c => c.Descriptor).HasMaxLength(CustomCodeDetails.DescriptorMaxLength);
        b.Property(c => c.Disciplines).HasMaxLength(20);
        b.Property(c => c.AddOnTo).HasMaxLength(5);
        b.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.CompanyId, c.Code }).IsUnique();
    }
}
