using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Scheduling;
using Rehab.Data;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>Calendars, appointment types and appointments stored directly, for tests of what follows them.</summary>
public static class SchedulingTestData
{
    /// <summary>The provider's calendar at the clinic, created when it does not exist yet.</summary>
    public static Task<Guid> ProviderCalendarAsync(this RehabAppFactory app, string userName,
        string clinic = "Phoenix Central") =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var clinicRow = await db.Clinics.IgnoreQueryFilters().SingleAsync(c => c.Name == clinic);
            var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == userName);
            var existing = await db.Calendars.IgnoreQueryFilters()
                .Where(c => c.ClinicId == clinicRow.Id && c.ProviderId == user.Id)
                .Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
            if (existing is { } id)
                return id;
            var calendar = new Calendar
            {
                CompanyId = clinicRow.CompanyId, ClinicId = clinicRow.Id, Kind = CalendarKind.Provider,
                ProviderId = user.Id, Name = $"{user.FirstName} {user.LastName}", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Calendars.Add(calendar);
            await db.SaveChangesAsync();
            return calendar.Id;
        });

    /// <summary>The company's appointment type of this kind, created (60 minutes unless told) when missing.</summary>
    public static Task<Guid> AppointmentTypeAsync(this RehabAppFactory app, AppointmentKind kind,
        string clinic = "Phoenix Central", int minutes = 60, bool allowsOverlap = false) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var companyId = await db.Clinics.IgnoreQueryFilters()
                .Where(c => c.Name == clinic).Select(c => c.CompanyId).SingleAsync();
            var name = $"{kind}{(allowsOverlap ? " (group)" : "")}";
            var existing = await db.AppointmentTypes.IgnoreQueryFilters()
                .Where(t => t.CompanyId == companyId && t.Name == name).Select(t => (Guid?)t.Id).SingleOrDefaultAsync();
            if (existing is { } id)
                return id;
            var type = new AppointmentType
            {
                CompanyId = companyId, Name = name, Kind = kind, DefaultMinutes = minutes, Colour = "#2f7d6d",
                AllowsOverlap = allowsOverlap,
            };
            db.AppointmentTypes.Add(type);
            await db.SaveChangesAsync();
            return type.Id;
        });

    /// <summary>
    /// A visit of the case (Follow-Up unless told) on the provider's calendar, from <paramref name="startsAt"/>.
    /// </summary>
    public static async Task<Guid> AddAppointmentAsync(this RehabAppFactory app, TestCase @case, string provider,
        DateTimeOffset startsAt, int minutes = 60, AppointmentStatus status = AppointmentStatus.Scheduled,
        AppointmentKind kind = AppointmentKind.FollowUp)
    {
        var clinicName = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Clinics
            .IgnoreQueryFilters().Where(c => c.Id == @case.ClinicId).Select(c => c.Name).SingleAsync());
        var calendarId = await app.ProviderCalendarAsync(provider, clinicName);
        var typeId = await app.AppointmentTypeAsync(kind, clinicName);
        return await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var providerId = await db.Calendars.IgnoreQueryFilters()
                .Where(c => c.Id == calendarId).Select(c => c.ProviderId!.Value).SingleAsync();
            var clinic = await db.Clinics.IgnoreQueryFilters().SingleAsync(c => c.Id == @case.ClinicId);
            var (start, now) = (startsAt.ToUniversalTime(), DateTimeOffset.UtcNow);
            var appointment = new Appointment
            {
                CompanyId = clinic.CompanyId, ClinicId = clinic.Id, PatientId = @case.PatientId,
                CaseId = @case.CaseId, CalendarId = calendarId, ProviderId = providerId, AppointmentTypeId = typeId,
                StartsAt = start, EndsAt = start.AddMinutes(minutes), DateOfService = clinic.DateAt(start),
                Status = status, CreatedById = providerId, CreatedAt = now, UpdatedAt = now,
            };
            db.Appointments.Add(appointment);
            await db.SaveChangesAsync();
            return appointment.Id;
        });
    }
}
