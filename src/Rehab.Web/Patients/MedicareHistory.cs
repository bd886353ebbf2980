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
/// What the Medicare therapy threshold of a patient counts, in a span of dates: the claim lines of the patient's
/// finalized notes that billed a Medicare-type payer, primary or secondary, as billed then (a later change of the
/// case's payers does not change them), in the order they were finalized, each note a visit in the discipline it
/// billed and each service priced at the fee-schedule setting of its case's clinic,
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

        // what was billed at finalization: the claim lines of the notes that billed Medicare, primary or secondary
        var claimed = (await db.ClaimLines.AsNoTracking()
            .Where(c => c.PatientId == patientId && c.NoteId != exceptNoteId)
            .Where(c => c.DateOfService >= from && c.DateOfService <= to)
            .Where(c => MedicareTypes.Contains(c.PayerType)
                        || (c.SecondaryPayerType != null && MedicareTypes.Contains(c.SecondaryPayerType.Value)))
            .Select(c => new { c.NoteId, c.BilledAt, c.Position, c.Code, c.DateOfService, c.Units, c.Modifiers,
                c.Discipline, c.ClinicId })
            .ToListAsync(ct))
            .Select(c => new HistoryLine(c.NoteId, c.BilledAt, c.Position, c.Code, c.DateOfService, c.Units,
                c.Discipline, c.ClinicId, ByAssistant(c.Modifiers) ? c.Units : 0));
        var earlier = await EarlierLinesAsync(db, patientId, from, to, medicareIds, exceptNoteId, ct);
        var lines = claimed.Concat(earlier).OrderBy(l => l.At).ThenBy(l => l.NoteId).ThenBy(l => l.Position).ToList();
        var clinicIds = lines.Select(l => l.ClinicId).Distinct().ToList();
        var clinicSettings = (await db.ClinicSettings.AsNoTracking().Where(s => clinicIds.Contains(s.ClinicId)).ToListAsync(ct))
            .ToDictionary(s => s.ClinicId, s => s.ToSettings().MedicareFeeSchedule);
        var services = new List<BilledService>();
        foreach (var l in lines)
            if (ProcedureCode.TryParse(l.Code, out var code))
                services.Add(new BilledService(l.DateOfService, code, l.Units, l.Discipline,
                    clinicSettings.GetValueOrDefault(l.ClinicId), l.NoteId) { AssistantUnits = l.AssistantUnits });

        var settings = services.Select(s => s.PricedAt).Append(pricedAlsoAt).OfType<MedicareFeeScheduleSetting>().ToHashSet();
        var carriers = settings.Select(s => s.Locality.CarrierNumber).Distinct().ToList();
        var localities = settings.Select(s => s.Locality.LocalityNumber).Distinct().ToList();
        var rows = carriers.Count == 0 ? [] : await db.FeeScheduleAmounts.AsNoTracking()
            .Where(f => f.Year >= from.Year && f.Year <= to.Year && carriers.Contains(f.CarrierNumber) && localities.Contains(f.LocalityNumber))
            .ToListAsync(ct);
        var schedule = new FeeSchedule(rows.Select(r => r.ToEntry()).Where(e => settings.Contains(new MedicareFeeScheduleSetting(e.Locality, e.FacilityType))));
        return new MedicareHistory(services, prior, schedule);
    }

    private sealed record HistoryLine(Guid NoteId, DateTimeOffset At, int Position, string Code, DateOnly DateOfService,
        int Units, Discipline Discipline, Guid ClinicId, int AssistantUnits);

    /// <summary>A claim line an assistant furnished carries CQ or CO (SSA §1834(v)).</summary>
    private static bool ByAssistant(string modifiers) =>
        Codes.Split(modifiers).Any(m => m is "CQ" or "CO");

    /// <summary>
    /// Notes finalized before claim lines were stored: their billed units, under the case's payers as they are now and
    /// in the discipline of the case's plan of care.
    /// </summary>
    private static async Task<List<HistoryLine>> EarlierLinesAsync(RehabDbContext db, Guid patientId, DateOnly from,
        DateOnly to, List<Guid> medicareIds, Guid? exceptNoteId, CancellationToken ct)
    {
        var lines = await db.Notes.AsNoTracking()
            .Where(n => n.PatientId == patientId && n.Status == NoteStatus.Finalized && n.Id != exceptNoteId)
            .Where(n => !db.ClaimLines.Any(c => c.NoteId == n.Id))
            .Join(db.Cases.AsNoTracking(), n => n.CaseId, c => c.Id, (n, c) => new { Note = n, Case = c })
            .Where(x => medicareIds.Contains(x.Case.PrimaryPolicyId)
                        || (x.Case.SecondaryPolicyId != null && medicareIds.Contains(x.Case.SecondaryPolicyId.Value)))
            .SelectMany(x => x.Note.Charges, (x, charge) => new
            {
                NoteId = x.Note.Id, x.Note.FinalizedAt, x.Note.AuthorId, x.Case.AssignedTherapistId, x.Case.ClinicId,
                charge.Position, charge.Code, charge.DateOfService, charge.BilledUnits, charge.BilledAssistantUnits,
            })
            .Where(l => l.DateOfService >= from && l.DateOfService <= to && l.BilledUnits != null && l.BilledUnits > 0)
            .ToListAsync(ct);
        var userIds = lines.SelectMany(l => new[] { l.AuthorId, l.AssignedTherapistId }).Distinct().ToList();
        var userTypes = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => (UserType?)u.UserType, ct);
        return [.. lines.Select(l => new HistoryLine(l.NoteId, l.FinalizedAt ?? DateTimeOffset.MinValue, l.Position,
            l.Code, l.DateOfService, l.BilledUnits!.Value,
            PlanOfCareDiscipline.Of(userTypes.GetValueOrDefault(l.AssignedTherapistId),
                userTypes.GetValueOrDefault(l.AuthorId)), l.ClinicId, l.BilledAssistantUnits ?? 0))];
    }

    private static readonly InsuranceType[] MedicareTypes = [InsuranceType.Medicare, InsuranceType.MedicareReplacement];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
