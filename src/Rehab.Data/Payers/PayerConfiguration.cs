using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;

namespace Rehab.Data.Payers;

internal sealed class PayerConfiguration : IEntityTypeConfiguration<Payer>
{
    public void Configure(EntityTypeBuilder<Payer> b)
    {
        b.ToTable("Payers");
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.PayerId).HasMaxLength(50);
        b.Property(p => p.AddressLine).HasMaxLength(200);
        b.Property(p => p.City).HasMaxLength(100);
        b.Property(p => p.State).HasMaxLength(2);
        b.Property(p => p.PostalCode).HasMaxLength(10);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.UnitRule).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.EnabledAdditionalModifiers).HasMaxLength(500);
        b.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.CompanyId, p.Name });
    }
}
