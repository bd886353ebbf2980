using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Documentation;
using Rehab.Core.Patients;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data;

namespace Rehab.Web.Patients;

/// <summary>
/// What the Medicare therapy threshold of a patient counts, in a span of dates: the finalized charges of the patient's
/// Medicare cases (a Medicare-type payer on either policy) in the order they were finalized, each note a visit in the
/// discipline it billed (<see cref="PlanOfCareDiscipline"/>) and each service priced at the fee-schedule setting of its case's clinic,
/// the prior providers' amounts on the patient's Medicare policies, and the fee schedule's amounts for those clinics.
/// </summary>
public sealed record MedicareHistory(IReadOnlyList<BilledService> Services, IReadOnlyList<MedicarePriorAmounts> PriorAmounts, FeeSchedule FeeSchedule)
{
    /// <param name="pricedAlsoAt">A fee-schedule setting to load amounts for besides the services' clinics' (the chart's or the note's clinic).</param>
    /// <param name="exceptNoteId">A note whose charges are left out: the one being billed.</param>
    public static async Task<MedicareHistory> LoadAsync(RehabDbContext db, Guid patientId, DateOnly from, DateOnly to,
        MedicareFeeScheduleSetting? pricedAlsoAt, CancellationToken ct, Guid? exceptNoteId = null)
    {
        var policies = await db.Policies.AsNoTracking().Where(p => p.PatientId == patientId)
            .Join(db.Payers.AsNoTracking(), p => p.PayerId, payer => payer.Id, (p, payer) => new { p.Id, p.MedicarePriorAmounts, payer.Type })
            .ToListAsync(ct);
        var medicare = policies.Where(p => p.Type.IsMedicare()).ToList();
        var medicareIds = medicare.Select(p => p.Id).ToList();
        var prior = medicare.SelectMany(p => JsonSerializer.Deserialize<List<MedicarePriorAmounts>>(p.MedicarePriorAmounts, Json) ?? []).ToList();

        var lines = await db.Notes.AsNoTracking()
            .Where(n => n.PatientId == patientId && n.Status == NoteStatus.Finalized && n.Id != exceptNoteId)
            .Join(db.Cases.AsNoTracking(), n => n.CaseId, c => c.Id, (n, c) => new { Note = n, Case = c })
            .Where(x => medicareIds.Contains(x.Case.PrimaryPolicyId) || (x.Case.SecondaryPolicyId != null && medicareIds.Contains(x.Case.SecondaryPolicyId.Value)))
            .SelectMany(x => x.Note.Charges, (x, charge) => new
            {
                NoteId = x.Note.Id, x.Note.FinalizedAt, x.Note.AuthorId, x.Case.AssignedTherapistId, x.Case.ClinicId, charge.Position, charge.Code,
                charge.DateOfService, charge.BilledUnits, charge.BilledAssistantUnits,
            })
            .Where(l => l.DateOfService >= from && l.DateOfService <= to && l.BilledUnits != null && l.BilledUnits > 0)
            .ToListAsync(ct);
        lines = [.. lines.OrderBy(l => l.FinalizedAt).ThenBy(l => l.NoteId).ThenBy(l => l.Position)];
        var userIds = lines.SelectMany(l => new[] { l.AuthorId, l.AssignedTherapistId }).Distinct().ToList();
        var userTypes = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (UserType?)u.UserType, ct);
        var clinicIds = lines.Select(l => l.ClinicId).Distinct().ToList();
        var clinicSettings = (await db.ClinicSettings.AsNoTracking().Where(s => clinicIds.Contains(s.ClinicId)).ToListAsync(ct))
            .ToDictionary(s => s.ClinicId, s => s.ToSettings().MedicareFeeSchedule);
        var services = new List<BilledService>();
        foreach (var l in lines)
        {
            if (!ProcedureCode.TryParse(l.Code, out var code))
                continue;
            var discipline = PlanOfCareDiscipline.Of(userTypes.GetValueOrDefault(l.AssignedTherapistId), userTypes.GetValueOrDefault(l.AuthorId));
            services.Add(new BilledService(l.DateOfService, code, l.BilledUnits!.Value, discipline, clinicSettings.GetValueOrDefault(l.ClinicId), l.NoteId)
            {
                AssistantUnits = l.BilledAssistantUnits ?? 0,
            });
        }

        var settings = services.Select(s => s.PricedAt).Append(pricedAlsoAt).OfType<MedicareFeeScheduleSetting>().ToHashSet();
        var carriers = settings.Select(s => s.Locality.CarrierNumber).Distinct().ToList();
        var localities = settings.Select(s => s.Locality.LocalityNumber).Distinct().ToList();
        var rows = carriers.Count == 0 ? [] : await db.FeeScheduleAmounts.AsNoTracking()
            .Where(f => f.Year >= from.Year && f.Year <= to.Year && carriers.Contains(f.CarrierNumber) && localities.Contains(f.LocalityNumber))
            .ToListAsync(ct);
        var schedule = new FeeSchedule(rows.Select(r => r.ToEntry()).Where(e => settings.Contains(new MedicareFeeScheduleSetting(e.Locality, e.FacilityType))));
        return new MedicareHistory(services, prior, schedule);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
