using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Organization;

namespace Rehab.Web.Patients;

/// <summary>Adds and changes a patient's policies: the policy's rules, on one of the company's active payers.</summary>
public sealed class PolicyEditor(RehabDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public async Task<ClinicalSave<Policy>> AddAsync(Guid patientId, PolicyInput input, CancellationToken ct)
    {
        var patient = await db.Patients.VisibleTo(db, tenant).FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null)
            return ClinicalSave.Refused<Policy>(ClinicalRefusal.NotFound("Patient"));
        return await SaveAsync(patient, null, input, ct);
    }

    public async Task<ClinicalSave<Policy>> ChangeAsync(Guid policyId, PolicyInput input, CancellationToken ct)
    {
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == policyId, ct);
        var patient = policy is null ? null : await db.Patients.VisibleTo(db, tenant).FirstOrDefaultAsync(p => p.Id == policy.PatientId, ct);
        if (patient is null)
            return ClinicalSave.Refused<Policy>(ClinicalRefusal.NotFound("Policy"));
        return await SaveAsync(patient, policy, input, ct);
    }

    private async Task<ClinicalSave<Policy>> SaveAsync(Patient patient, Policy? policy, PolicyInput input, CancellationToken ct)
    {
        var details = input.ToDetails();
        var payer = details.PayerId == Guid.Empty ? null : await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == details.PayerId, ct);
        // Without a payer its type is unknown; Medicare stands in so that prior amounts draw no second, misleading refusal.
        var errors = details.Validate(payer?.Type ?? InsuranceType.Medicare, await ClinicDates.TodayAsync(db, patient.ClinicId, clock, ct));
        if (details.PayerId != Guid.Empty && payer is null)
            errors.Add("payerId", "No payer with this id exists in your company.");
        else if (payer is { IsActive: false } && payer.Id != policy?.PayerId)
            errors.Add("payerId", $"{payer.Name} is inactive: the company no longer bills it. Choose an active payer.");
        if (!errors.IsValid)
            return ClinicalSave.Invalid<Policy>(errors);

        if (policy is null)
        {
            policy = new Policy { CompanyId = patient.CompanyId, PatientId = patient.Id, MemberId = "" };
            db.Policies.Add(policy);
        }
        policy.Apply(details);
        await db.SaveChangesAsync(ct);
        return ClinicalSave.Done<Policy>(policy);
    }
}
