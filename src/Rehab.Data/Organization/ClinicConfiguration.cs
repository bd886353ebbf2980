using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;

namespace Rehab.Data.Organization;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> b)
    {
        b.ToTable("Clinics");
        b.Property(c => c.Name).HasMaxLength(200);
        b.ComplexProperty(c => c.Address, a =>
        {
            a.Property(x => x.Line1).HasColumnName("AddressLine1").HasMaxLength(200);
            a.Property(x => x.Line2).HasColumnName("AddressLine2").HasMaxLength(200);
            a.Property(x => x.City).HasColumnName("City").HasMaxLength(100);
            a.Property(x => x.State).HasColumnName("State").HasMaxLength(2);
            a.Property(x => x.PostalCode).HasColumnName("PostalCode").HasMaxLength(10);
        });
        b.Property(c => c.Phone).HasMaxLength(20);
        b.Property(c => c.Npi).HasConversion(v => v!.Value.Value, v => Npi.Parse(v)).HasMaxLength(10);
        b.Property(c => c.TaxId).HasConversion(v => v!.Value.Value, v => TaxId.Parse(v)).HasMaxLength(10);
        b.Property(c => c.TimeZoneId).HasMaxLength(64);
        b.Ignore(c => c.TimeZone);
        b.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.CompanyId, c.Name }).IsUnique();
    }
}
