using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;

namespace Rehab.Data.Organization;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> b)
    {
        b.ToTable("Companies");
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.TaxId).HasConversion(v => v!.Value.Value, v => TaxId.Parse(v)).HasMaxLength(10);
        b.Property(c => c.Phone).HasMaxLength(20);
    }
}
