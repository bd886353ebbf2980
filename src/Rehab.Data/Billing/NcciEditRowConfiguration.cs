using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;

namespace Rehab.Data.Billing;

internal sealed class NcciEditRowConfiguration : IEntityTypeConfiguration<NcciEditRow>
{
    public void Configure(EntityTypeBuilder<NcciEditRow> b)
    {
        b.ToTable("NcciEdits");
        b.Property(e => e.Column1).HasMaxLength(5);
        b.Property(e => e.Column2).HasMaxLength(5);
        b.Property(e => e.ModifierIndicator).HasConversion<int>();
        b.Property(e => e.Rationale).HasMaxLength(500);
        b.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.CompanyId, e.Column1, e.Column2 });
    }
}
