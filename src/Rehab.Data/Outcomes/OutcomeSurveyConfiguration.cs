using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Data.Documentation;
using Rehab.Data.Patients;

namespace Rehab.Data.Outcomes;

internal sealed class OutcomeSurveyConfiguration : IEntityTypeConfiguration<OutcomeSurvey>
{
    public void Configure(EntityTypeBuilder<OutcomeSurvey> b)
    {
        b.ToTable("OutcomeSurveys");
        b.Property(s => s.InstrumentCode).HasMaxLength(20);
        b.Property(s => s.Answers).HasMaxLength(1000);
        b.Property(s => s.Score).HasPrecision(6, 1);
        b.Property(s => s.Satisfaction).HasMaxLength(1000);
        b.HasOne<Note>().WithMany().HasForeignKey(s => s.NoteId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        // one survey of an instrument per note
        b.HasIndex(s => new { s.NoteId, s.InstrumentCode }).IsUnique();
        b.HasIndex(s => new { s.CompanyId, s.PatientId });
    }
}
