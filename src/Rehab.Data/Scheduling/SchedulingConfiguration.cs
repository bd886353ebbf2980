using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;
using Rehab.Core.Scheduling;
using Rehab.Data.Cases;
using Rehab.Data.Patients;
using Rehab.Data.Users;

namespace Rehab.Data.Scheduling;

internal sealed class CalendarConfiguration : IEntityTypeConfiguration<Calendar>
{
    public void Configure(EntityTypeBuilder<Calendar> b)
    {
        b.ToTable("Calendars");
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Name).HasMaxLength(Calendar.NameMaxLength);
        b.Property(c => c.FeedTokenHash).HasMaxLength(64);
        b.HasOne<Clinic>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RehabUser>().WithMany().HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Restrict);
        // one provider calendar per provider and clinic
        b.HasIndex(c => new { c.CompanyId, c.ClinicId, c.ProviderId }).IsUnique();
        b.HasIndex(c => c.FeedTokenHash).IsUnique();
    }
}

internal sealed class WorkingHoursConfiguration : IEntityTypeConfiguration<WorkingHours>
{
    public void Configure(EntityTypeBuilder<WorkingHours> b)
    {
        b.ToTable("WorkingHours");
        b.HasOne<Calendar>().WithMany().HasForeignKey(w => w.CalendarId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(w => new { w.CompanyId, w.CalendarId, w.Day });
    }
}

internal sealed class CalendarExceptionConfiguration : IEntityTypeConfiguration<CalendarException>
{
    public void Configure(EntityTypeBuilder<CalendarException> b)
    {
        b.ToTable("CalendarExceptions");
        b.Property(e => e.Reason).HasMaxLength(CalendarException.ReasonMaxLength);
        b.HasOne<Clinic>().WithMany().HasForeignKey(e => e.ClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Calendar>().WithMany().HasForeignKey(e => e.CalendarId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.CompanyId, e.ClinicId, e.From });
    }
}

internal sealed class AppointmentTypeConfiguration : IEntityTypeConfiguration<AppointmentType>
{
    public void Configure(EntityTypeBuilder<AppointmentType> b)
    {
        b.ToTable("AppointmentTypes");
        b.Property(t => t.Name).HasMaxLength(AppointmentType.NameMaxLength);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Colour).HasMaxLength(7);
        b.Ignore(t => t.SuggestedNoteType);
        b.HasIndex(t => new { t.CompanyId, t.Name }).IsUnique();
    }
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> b)
    {
        b.ToTable("Appointments");
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.CancelledBy).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.PlaceOfService).HasMaxLength(2);
        b.Property(a => a.Comment).HasMaxLength(Appointment.CommentMaxLength);
        b.Property(a => a.CancelReason).HasMaxLength(Appointment.ReasonMaxLength);
        b.Property(a => a.VoidReason).HasMaxLength(Appointment.ReasonMaxLength);
        b.Property(a => a.IdempotencyKey).HasMaxLength(Appointment.IdempotencyKeyMaxLength);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.HoldsTime);
        b.HasOne<Clinic>().WithMany().HasForeignKey(a => a.ClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Calendar>().WithMany().HasForeignKey(a => a.CalendarId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Calendar>().WithMany().HasForeignKey(a => a.ResourceCalendarId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RehabUser>().WithMany().HasForeignKey(a => a.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppointmentType>().WithMany().HasForeignKey(a => a.AppointmentTypeId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppointmentSeries>().WithMany().HasForeignKey(a => a.SeriesId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.CompanyId, a.ClinicId, a.StartsAt });
        b.HasIndex(a => new { a.CompanyId, a.CalendarId, a.StartsAt });
        b.HasIndex(a => new { a.CompanyId, a.ResourceCalendarId, a.StartsAt });
        b.HasIndex(a => new { a.CompanyId, a.ProviderId, a.DateOfService });
        b.HasIndex(a => new { a.CompanyId, a.PatientId, a.StartsAt });
        b.HasIndex(a => new { a.CompanyId, a.CaseId, a.StartsAt });
        b.HasIndex(a => new { a.CompanyId, a.IdempotencyKey }).IsUnique();
    }
}

internal sealed class AppointmentSeriesConfiguration : IEntityTypeConfiguration<AppointmentSeries>
{
    public void Configure(EntityTypeBuilder<AppointmentSeries> b)
    {
        b.ToTable("AppointmentSeries");
        b.Property(s => s.Rule).HasMaxLength(AppointmentSeries.RuleMaxLength);
        b.Property(s => s.TimeZoneId).HasMaxLength(64);
        b.HasOne<Clinic>().WithMany().HasForeignKey(s => s.ClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Calendar>().WithMany().HasForeignKey(s => s.CalendarId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.CompanyId, s.PatientId });
    }
}

internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> b)
    {
        b.ToTable("WaitlistEntries");
        b.Property(w => w.Wish).HasConversion<string>().HasMaxLength(20);
        b.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(w => w.Comment).HasMaxLength(WaitlistEntry.CommentMaxLength);
        b.HasOne<Clinic>().WithMany().HasForeignKey(w => w.ClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Patient>().WithMany().HasForeignKey(w => w.PatientId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(w => new { w.CompanyId, w.ClinicId, w.Status });
    }
}

internal sealed class SchedulingSettingsConfiguration : IEntityTypeConfiguration<SchedulingSettings>
{
    public void Configure(EntityTypeBuilder<SchedulingSettings> b)
    {
        b.ToTable("SchedulingSettings");
        b.HasKey(s => s.ClinicId);
        b.Property(s => s.PlanOfCareCheck).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.AuthorizationCheck).HasConversion<string>().HasMaxLength(10);
        b.HasOne<Clinic>().WithOne().HasForeignKey<SchedulingSettings>(s => s.ClinicId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderSendConfiguration : IEntityTypeConfiguration<ReminderSend>
{
    public void Configure(EntityTypeBuilder<ReminderSend> b)
    {
        b.ToTable("ReminderSends");
        b.Property(r => r.Channel).HasMaxLength(20);
        b.Property(r => r.Error).HasMaxLength(500);
        b.HasOne<Appointment>().WithMany().HasForeignKey(r => r.AppointmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.AppointmentId, r.Channel }).IsUnique();
    }
}
