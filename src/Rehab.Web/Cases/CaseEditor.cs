using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Core.Cases;
using Rehab.Core.Common;
using Rehab.Core.Referrals;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Cases;
using Rehab.Data.Organization;
using Rehab.Data.Patients;
using Rehab.Data.Referrals;
using Rehab.Data.Tenancy;
using Rehab.Web.Organization;
using Rehab.Web.Patients;
using Rehab.Web.Settings;

namespace Rehab.Web.Cases;

/// <summary>
/// Opens and changes cases: the case's rules under its clinic's settings, the patient's own policies and referrals,
/// a new referral recorded with the case, and optimistic concurrency on changes. Used by the API and the pages alike.
/// </summary>
public sealed class CaseEditor(RehabDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public async Task<ClinicalSave<Case>> OpenAsync(Guid patientId, CaseInput input, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().VisibleTo(db, tenant).FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null)
            return ClinicalSave.Refused<Case>(ClinicalRefusal.NotFound("Patient"));
        var clinicId = input.ClinicId ?? patient.ClinicId;
        if (!await db.Clinics.VisibleTo(tenant).AnyAsync(c => c.Id == clinicId, ct))
        {
            var errors = new ValidationErrors();
            errors.Add("clinicId", "Choose one of your clinics as the treating clinic.");
            return ClinicalSave.Invalid<Case>(errors);
        }
        var therapistId = input.AssignedTherapistId ?? await DefaultTherapistAsync(ct);
        return await SaveAsync(patient.CompanyId, patient.Id, clinicId, null, input, therapistId, new ValidationErrors(), ct);
    }

    /// <summary>The therapist a new case is assigned to unless another is chosen: you, when you are a PT, OT or SLP.</summary>
    public async Task<Guid?> DefaultTherapistAsync(CancellationToken ct)
    {
        var me = await db.Users.AsNoTracking().Where(u => u.Id == tenant.UserId).Select(u => new { u.Id, u.UserType }).FirstOrDefaultAsync(ct);
        return me is not null && me.UserType.IsTherapist() ? me.Id : null;
    }

    public async Task<ClinicalSave<Case>> ChangeAsync(Guid caseId, CaseInput input, CancellationToken ct)
    {
        var existing = await db.Cases.VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (existing is null)
            return ClinicalSave.Refused<Case>(ClinicalRefusal.NotFound("Case"));
        var errors = new ValidationErrors();
        if (input.Version is not { } version)
            errors.Add("version", "Send the version of the case you read, so that nobody's changes are overwritten unseen.");
        else if (version != existing.Version)
            return ClinicalSave.Refused<Case>(await StaleAsync(caseId, ct));
        if (input.ClinicId is { } clinicId && clinicId != existing.ClinicId)
            errors.Add("clinicId", "A case stays at its clinic: open a new case to treat the patient at another clinic.");
        return await SaveAsync(existing.CompanyId, existing.PatientId, existing.ClinicId, existing, input,
            input.AssignedTherapistId ?? existing.AssignedTherapistId, errors, ct);
    }

    private async Task<ClinicalSave<Case>> SaveAsync(Guid companyId, Guid patientId, Guid clinicId, Case? existing, CaseInput input,
        Guid? therapistId, ValidationErrors errors, CancellationToken ct)
    {
        var clinic = await SettingsStore.ClinicAsync(db, clinicId, ct);
        var today = await ClinicDates.TodayAsync(db, clinicId, clock, ct);

        var policies = await db.Policies.AsNoTracking().Where(p => p.PatientId == patientId).ToDictionaryAsync(p => p.Id, p => p.PayerId, ct);
        foreach (var (field, id, which) in new[] { ("primaryPolicyId", input.PrimaryPolicyId, "primary"), ("secondaryPolicyId", input.SecondaryPolicyId, "secondary") })
            if (id is { } policyId && policyId != Guid.Empty && !policies.ContainsKey(policyId))
                errors.Add(field, $"The {which} policy must be one of this patient's policies.");

        var therapist = therapistId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == therapistId).Select(u => new { u.UserType, u.IsActive, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (therapist is { IsActive: false } && therapistId != existing?.AssignedTherapistId)
            errors.Add("assignedTherapistId", $"{therapist.DisplayName} is inactive; assign a therapist who works now.");

        var referral = await ReferralAsync(companyId, patientId, input, today, errors, ct);
        var authorization = Authorization(input.Authorization, today, errors);
        // A payer's authorization requirement is checked only when no authorization was entered at all.
        var primaryPayer = input.Authorization is null && input.PrimaryPolicyId is { } primary && policies.TryGetValue(primary, out var payerId)
            ? (await db.Payers.AsNoTracking().SingleAsync(p => p.Id == payerId, ct)).ToSettings()
            : null;

        var details = new CaseDetails(input.Title, input.PrimaryPolicyId ?? Guid.Empty, therapistId)
        {
            SecondaryPolicyId = input.SecondaryPolicyId, PlaceOfService = input.PlaceOfService,
            ReferralId = referral?.Id ?? input.Referral?.Id ?? input.ReferralId, TreatingDiagnosisCodes = input.TreatingDiagnosisCodes ?? [], Authorization = authorization,
        };
        Merge(errors, details.Validate(clinic, therapist?.UserType, existing?.ToDetails(), primaryPayer));
        if (!errors.IsValid)
            return ClinicalSave.Invalid<Case>(errors);

        if (referral is not null)
            db.Referrals.Add(referral);
        var saved = existing;
        if (saved is null)
        {
            saved = new Case
            {
                CompanyId = companyId, ClinicId = clinicId, PatientId = patientId, Title = "", PlaceOfService = "", CreatedAt = clock.GetUtcNow(),
            };
            db.Cases.Add(saved);
        }
        else
        {
            db.Entry(saved).Property(c => c.Version).OriginalValue = input.Version!.Value; // the database refuses a save over another's
        }
        saved.Apply(details, details.PlaceOfServiceOr(clinic));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ClinicalSave.Refused<Case>(await StaleAsync(saved.Id, ct));
        }
        return ClinicalSave.Done<Case>(saved);
    }

    /// <summary>The new referral sent with the case, checked; or a check of the patient's referral the case names.</summary>
    private async Task<Referral?> ReferralAsync(Guid companyId, Guid patientId, CaseInput input, DateOnly today, ValidationErrors errors, CancellationToken ct)
    {
        const string Both = "Send either referralId, a referral the patient already has, or referral, a new one; not both.";
        var r = input.Referral is { Id: null } fresh ? fresh : null; // a referral with an id names one the patient has
        if (r is null)
        {
            if (input.Referral?.Id is { } named && input.ReferralId is { } other && other != named)
                errors.Add("referralId", Both);
            if ((input.Referral?.Id ?? input.ReferralId) is { } id && id != Guid.Empty && !await db.Referrals.AnyAsync(x => x.Id == id && x.PatientId == patientId, ct))
                errors.Add("referralId", "The referral must be one of this patient's referrals.");
            return null;
        }
        if (input.ReferralId is not null)
            errors.Add("referralId", Both);
        var details = new ReferralDetails(r.ReferringPhysicianId, r.MarketingSourceId, r.ReceivedDate, r.DiagnosisCodes);
        var own = details.Validate(today);
        if (r.ReferringPhysicianId is { } physician && physician != Guid.Empty && !await db.ReferringPhysicians.AnyAsync(p => p.Id == physician, ct))
            own.Add("referringPhysicianId", "No referring physician with this id exists in your company; add the physician first.");
        if (r.MarketingSourceId is { } source && source != Guid.Empty && !await db.MarketingSources.AnyAsync(m => m.Id == source, ct))
            own.Add("marketingSourceId", "No marketing source with this id exists in your company; add it first.");
        Merge(errors, own, "referral.");
        var referral = new Referral { CompanyId = companyId, PatientId = patientId };
        if (own.IsValid)
            referral.Apply(details);
        return referral;
    }

    private static AuthorizationDetails? Authorization(AuthorizationBody? body, DateOnly today, ValidationErrors errors)
    {
        if (body is null)
            return null;
        PlausibleDates.CheckAhead(errors, "authorization.startDate", "The authorization's first date", body.StartDate,
            today);
        PlausibleDates.CheckAhead(errors, "authorization.endDate", "The authorization's last date", body.EndDate,
            today);
        if (body.Visits is null)
            errors.Add("authorization.visits", "Enter the number of authorized visits.");
        if (body.StartDate is null)
            errors.Add("authorization.startDate", "Enter the first date the authorization covers.");
        if (body.EndDate is null)
            errors.Add("authorization.endDate", "Enter the last date the authorization covers.");
        return body is { Visits: { } visits, StartDate: { } start, EndDate: { } end } ? new AuthorizationDetails(visits, start, end, body.Number) : null;
    }

    private static void Merge(ValidationErrors into, ValidationErrors from, string prefix = "")
    {
        foreach (var (field, messages) in from.ToDictionary())
            foreach (var message in messages)
                into.Add(prefix + field, message);
    }

    /// <summary>The refusal of a save over a newer version: who changed the case last, when and which fields, never their values.</summary>
    private async Task<ClinicalRefusal> StaleAsync(Guid caseId, CancellationToken ct)
    {
        var current = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Version).FirstOrDefaultAsync(ct);
        var key = caseId.ToString();
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Case) && a.EntityId == key && a.Action == AuditAction.Update)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        var fields = ChangedFields(last?.Details);
        var who = last?.UserName ?? "Someone";
        var when = last is null ? "" : " at " + last.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var what = fields.Count == 0 ? "" : $" ({string.Join(", ", fields)})";
        var message = $"{who} changed this case{what}{when}, after you read it; nothing of yours was saved. " +
                      "Reload the case, make your changes again and save.";
        return ClinicalRefusal.Conflict("The case was changed by someone else", "version", message, new Dictionary<string, object?>
        {
            ["currentVersion"] = current, ["changedBy"] = last?.UserName, ["changedAt"] = last?.OccurredAt, ["changedFields"] = fields,
        });
    }

    /// <summary>The request's names of the case's columns an audit entry lists.</summary>
    private static List<string> ChangedFields(string? details) =>
        (details ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(column => column switch
        {
            nameof(Case.TreatingDiagnoses) => "treatingDiagnosisCodes",
            nameof(Case.AuthorizedVisits) or nameof(Case.AuthorizationStart) or nameof(Case.AuthorizationEnd) or nameof(Case.AuthorizationNumber) => "authorization",
            nameof(Case.DischargedAt) => "status",
            nameof(Case.Version) => null,
            _ => char.ToLowerInvariant(column[0]) + column[1..],
        })
        .OfType<string>().Distinct().ToList();
}
