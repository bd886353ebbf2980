using Rehab.Data.Cases;
using Rehab.Data.Documentation;
using Rehab.Data.Tenancy;

namespace Rehab.Data.Patients;

/// <summary>
/// Clinic scoping of clinical rows: the company filter applies already, this adds clinic access. A patient is
/// visible through the clinic they are registered at, any clinic that treats them on a case, or an active
/// emergency access of the user's to that one patient.
/// </summary>
public static class ClinicalQueries
{
    public static IQueryable<Patient> VisibleTo(
        this IQueryable<Patient> patients, RehabDbContext db, ITenantContext tenant)
    {
        if (tenant.ClinicIds is not { } allowed)
            return patients;
        var emergency = tenant.EmergencyPatientIds;
        return patients.Where(p => allowed.Contains(p.ClinicId) || emergency.Contains(p.Id)
                                   || db.Cases.Any(c => c.PatientId == p.Id && allowed.Contains(c.ClinicId)));
    }

    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, ITenantContext tenant) =>
        tenant.ClinicIds is { } allowed && tenant.EmergencyPatientIds is var emergency
            ? cases.Where(c => allowed.Contains(c.ClinicId) || emergency.Contains(c.PatientId))
            : cases;

    public static IQueryable<Note> VisibleTo(this IQueryable<Note> notes, ITenantContext tenant) =>
        tenant.ClinicIds is { } allowed && tenant.EmergencyPatientIds is var emergency
            ? notes.Where(n => allowed.Contains(n.ClinicId) || emergency.Contains(n.PatientId))
            : notes;
}
