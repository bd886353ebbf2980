using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Audit;

namespace Rehab.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd();
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Action).HasMaxLength(40);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(200);
        b.Property(a => a.Outcome).HasMaxLength(20);
        b.Property(a => a.ClientAddress).HasMaxLength(64);
        b.Property(a => a.PreviousMac).HasMaxLength(64);
        b.Property(a => a.Mac).HasMaxLength(64);
        b.Ignore(a => a.IsSealed);
        b.HasIndex(a => a.Sequence).IsUnique();
        // The sealer's queue: only entries not yet on the chain are in this index, so it stays small.
        b.HasIndex(a => a.Id, "IX_AuditEntries_Unsealed").HasFilter("\"Sequence\" IS NULL");
        b.HasIndex(a => new { a.CompanyId, a.OccurredAt });
        b.HasIndex(a => new { a.CompanyId, a.UserId });
        b.HasIndex(a => new { a.CompanyId, a.PatientId });
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
