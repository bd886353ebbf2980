using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Documentation;
using Rehab.Core.Organization;
using Rehab.Data.Cases;
using Rehab.Data.Patients;
using Rehab.Data.Users;

namespace Rehab.Data.Documentation;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> b)
    {
        b.ToTable("Notes");
        b.Property(n => n.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(n => n.Label).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.FinalizationKind).HasConversion<string>().HasMaxLength(30);
        foreach (var section in new[] { nameof(Note.Subjective), nameof(Note.Objective), nameof(Note.Assessment), nameof(Note.Plan) })
            b.Property(section).HasMaxLength(SoapSections.SectionMaxLength);
        b.Property(n => n.Evaluation).HasMaxLength(60_000);
        b.Property(n => n.TieChoice).HasMaxLength(500);
        b.Property(n => n.SupervisionWording).HasMaxLength(500);
        b.Property(n => n.DelayedCertificationReason).HasMaxLength(1000);
        b.Property(n => n.BilledUnitRule).HasMaxLength(20);
        b.Property(n => n.BilledUnitRuleReason).HasMaxLength(1000);
        b.Property(n => n.KxAttestationReason).HasMaxLength(Rehab.Core.Billing.Modifiers.KxAttestation.ReasonMaxLength);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.HasMany(n => n.Charges).WithOne().HasForeignKey(c => c.NoteId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Patient>().WithMany().HasForeignKey(n => n.PatientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Clinic>().WithMany().HasForeignKey(n => n.ClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RehabUser>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => new { n.CompanyId, n.CaseId });
        b.HasIndex(n => new { n.CompanyId, n.ForwardedToId, n.Status });
        b.HasIndex(n => new { n.CompanyId, n.AuthorId, n.Status });
        // One Initial Evaluation and one discharge per case, even when two people start one at the same moment.
        b.HasIndex(n => n.CaseId, "IX_Notes_OneInitialEvaluation").IsUnique()
            .HasFilter("\"Type\" = 'InitialEvaluation'");
        b.HasIndex(n => n.CaseId, "IX_Notes_OneDischarge").IsUnique()
            .HasFilter("\"Type\" IN ('DischargeSummary', 'AdministrativeDischarge')");
    }
}

internal sealed class ChargeLineConfiguration : IEntityTypeConfiguration<ChargeLine>
{
    public void Configure(EntityTypeBuilder<ChargeLine> b)
    {
        b.ToTable("ChargeLines");
        b.Property(c => c.Code).HasMaxLength(5);
        b.Property(c => c.PlaceOfService).HasMaxLength(2);
        b.Property(c => c.ChosenModifiers).HasMaxLength(50);
        b.Property(c => c.BilledModifiers).HasMaxLength(50);
        b.Property(c => c.BilledExplanation).HasMaxLength(4000);
        b.HasIndex(c => new { c.CompanyId, c.NoteId });
    }
}

internal sealed class NoteAddendumConfiguration : IEntityTypeConfiguration<NoteAddendum>
{
    public void Configure(EntityTypeBuilder<NoteAddendum> b)
    {
        b.ToTable("NoteAddenda");
        b.Property(a => a.Text).HasMaxLength(Addendum.TextMaxLength);
        b.HasOne<Note>().WithMany().HasForeignKey(a => a.NoteId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.CompanyId, a.NoteId });
    }
}
