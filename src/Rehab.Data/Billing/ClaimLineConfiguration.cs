using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Data.Documentation;

namespace Rehab.Data.Billing;

internal sealed class ClaimLineConfiguration : IEntityTypeConfiguration<ClaimLine>
{
    public void Configure(EntityTypeBuilder<ClaimLine> b)
    {
        b.ToTable("ClaimLines");
        b.Property(c => c.Code).HasMaxLength(5);
        b.Property(c => c.Modifiers).HasMaxLength(50);
        b.Property(c => c.Discipline).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.PayerName).HasMaxLength(200);
        b.Property(c => c.PayerType).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.SecondaryPayerType).HasConversion<string>().HasMaxLength(30);
        b.HasOne<Note>().WithMany().HasForeignKey(c => c.NoteId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.CompanyId, c.NoteId });
        b.HasIndex(c => new { c.CompanyId, c.PatientId, c.DateOfService });
        b.HasIndex(c => new { c.CompanyId, c.ClinicId, c.DateOfService });
    }
}
