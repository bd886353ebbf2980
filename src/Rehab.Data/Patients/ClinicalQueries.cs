using Rehab.Data.Cases;
using Rehab.Data.Documentation;
using Rehab.Data.Tenancy;

namespace Rehab.Data.Patients;

/// <summary>
/// Clinic scoping of clinical rows: the company filter applies already, this adds clinic access. A patient is
/// visible through the clinic they are registered at or any clinic that treats them on a case.
/// </summary>
public static class ClinicalQueries
{
    public static IQueryable<Patient> VisibleTo(this IQueryable<Patient> patients, RehabDbContext db, ITenantContext tenant) =>
        tenant.ClinicIds is { } allowed
            ? patients.Where(p => allowed.Contains(p.ClinicId) || db.Cases.Any(c => c.PatientId == p.Id && allowed.Contains(c.ClinicId)))
            : patients;

    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, ITenantContext tenant) =>
        tenant.ClinicIds is { } allowed ? cases.Where(c => allowed.Contains(c.ClinicId)) : cases;

    public static IQueryable<Note> VisibleTo(this IQueryable<Note> notes, ITenantContext tenant) =>
        tenant.ClinicIds is { } allowed ? notes.Where(n => allowed.Contains(n.ClinicId)) : notes;
}
