using Microsoft.EntityFrameworkCore;
using Rehab.Core.Patients;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Organization;

namespace Rehab.Web.Patients;

/// <summary>
/// Adds and changes patients: the details' rules, a clinic of the user's, and a medical record number no other
/// patient of the company has. Used by the API and the pages alike.
/// </summary>
public sealed class PatientEditor(RehabDbContext db, ITenantContext tenant, TimeProvider clock)
{
    /// <param name="id">The patient to change, or null to add one.</param>
    public async Task<ClinicalSave<Patient>> SaveAsync(Guid? id, PatientInput input, CancellationToken ct)
    {
        Patient? patient = null;
        if (id is { } existing)
        {
            patient = await db.Patients.VisibleTo(db, tenant).FirstOrDefaultAsync(p => p.Id == existing, ct);
            if (patient is null)
                return ClinicalSave.Refused<Patient>(ClinicalRefusal.NotFound("Patient"));
        }

        var clinicId = input.ClinicId ?? patient?.ClinicId;
        var clinicVisible = clinicId is { } c && await db.Clinics.VisibleTo(tenant).AnyAsync(x => x.Id == c, ct);
        var today = clinicVisible
            ? await ClinicDates.TodayAsync(db, clinicId!.Value, clock, ct)
            : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var details = input.ToDetails();
        var errors = details.Validate(today);
        if (clinicId is null)
            errors.Add("clinicId", "Choose the clinic the patient is registered at.");
        else if (!clinicVisible)
            errors.Add("clinicId", "Choose one of your clinics: a patient is registered at a clinic you work in.");
        if (!errors.IsValid)
            return ClinicalSave.Invalid<Patient>(errors);

        var mrn = PatientDetails.NormalizeMedicalRecordNumber(details.MedicalRecordNumber!);
        if (await db.Patients.AnyAsync(p => p.MedicalRecordNumber == mrn && p.Id != id, ct))
            return ClinicalSave.Refused<Patient>(MedicalRecordNumberTaken(mrn));

        if (patient is null)
        {
            patient = new Patient
            {
                CompanyId = tenant.CompanyId!.Value, FirstName = "", LastName = "", MedicalRecordNumber = "", CreatedAt = clock.GetUtcNow(),
            };
            db.Patients.Add(patient);
        }
        patient.ClinicId = clinicId!.Value;
        patient.Apply(details);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return ClinicalSave.Refused<Patient>(MedicalRecordNumberTaken(mrn)); // saved by someone else a moment before
        }
        return ClinicalSave.Done<Patient>(patient);
    }

    private static ClinicalRefusal MedicalRecordNumberTaken(string mrn) =>
        ClinicalRefusal.Conflict("Medical record number already used", "medicalRecordNumber",
            $"Medical record number {mrn} already belongs to another patient of the company; every patient has their own.");
}
