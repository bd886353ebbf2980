using Microsoft.EntityFrameworkCore;
using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Data;
using Rehab.Data.Cases;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Cases;

/// <summary>A note as a case's list shows it.</summary>
public sealed record NoteRow(
    Guid Id, Guid CaseId, NoteType Type, ProgressNoteLabel? Label, NoteStatus Status, DateOnly DateOfService,
    Guid AuthorId, string AuthorName, DateTimeOffset? FinalizedAt, bool HasCharges)
{
    public string Name => Type.DisplayName(Label);

    public NoteSummary ToSummary() => new(Id, Type, Status, AuthorId, DateOfService) { Label = Label, FinalizedAt = FinalizedAt, HasCharges = HasCharges };
}

/// <summary>Where a case came from, with the physician's or marketing source's name.</summary>
public sealed record ReferralView(
    Guid Id, Guid? ReferringPhysicianId, string? ReferringPhysicianName, string? ReferringPhysicianNpi,
    Guid? MarketingSourceId, string? MarketingSourceName, DateOnly ReceivedDate, IReadOnlyList<string> DiagnosisCodes)
{
    public string SourceName => ReferringPhysicianName ?? MarketingSourceName ?? "";
}

/// <summary>A case with what its pages and responses show beside it: names, referral, notes and visit counters.</summary>
public sealed record CaseRecord(
    Case Case, string ClinicName, string TherapistName, bool IsMedicare, ReferralView? Referral, IReadOnlyList<NoteRow> Notes, VisitCounters Counters)
{
    /// <summary>Medicare's progress report is due at the next visit (Pub. 100-02 Ch. 15 §220.3).</summary>
    public bool ProgressNoteDue => IsMedicare && Case.Status == CaseStatus.Active && Counters.MedicareProgressNoteDue;
}

public static class CaseRecords
{
    /// <summary>The cases with their facts, in the order given, in a fixed number of queries.</summary>
    public static async Task<List<CaseRecord>> LoadAsync(RehabDbContext db, ITenantContext tenant, IReadOnlyList<Case> cases, CancellationToken ct)
    {
        var caseIds = cases.Select(c => c.Id).ToList();
        var notes = await db.Notes.AsNoTracking().VisibleTo(tenant).Where(n => caseIds.Contains(n.CaseId))
            .OrderBy(n => n.DateOfService).ThenBy(n => n.CreatedAt)
            .Select(n => new { n.Id, n.CaseId, n.Type, n.Label, n.Status, n.DateOfService, n.AuthorId, n.FinalizedAt, HasCharges = n.Charges.Any() })
            .ToListAsync(ct);
        var notesByCase = notes.ToLookup(n => n.CaseId);

        var userIds = cases.Select(c => c.AssignedTherapistId).Concat(notes.Select(n => n.AuthorId)).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var clinicIds = cases.Select(c => c.ClinicId).Distinct().ToList();
        var clinics = await db.Clinics.AsNoTracking().Where(c => clinicIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);

        var medicare = await MedicareCaseIdsAsync(db, cases, ct);

        var referralIds = cases.Where(c => c.ReferralId != null).Select(c => c.ReferralId!.Value).ToList();
        var referrals = await ReferralViewsAsync(db, referralIds, ct);

        return cases.Select(c =>
        {
            var rows = notesByCase[c.Id]
                .Select(n => new NoteRow(n.Id, n.CaseId, n.Type, n.Label, n.Status, n.DateOfService, n.AuthorId, users.GetValueOrDefault(n.AuthorId, ""), n.FinalizedAt, n.HasCharges))
                .ToList();
            return new CaseRecord(c, clinics.GetValueOrDefault(c.ClinicId, ""), users.GetValueOrDefault(c.AssignedTherapistId, ""), medicare.Contains(c.Id),
                c.ReferralId is { } r ? referrals.GetValueOrDefault(r) : null, rows,
                VisitCounters.For(rows.Select(n => n.ToSummary()), c.Authorization));
        }).ToList();
    }

    /// <summary>The ids of the cases with a Medicare-type payer on the primary or secondary policy, in one query.</summary>
    public static async Task<HashSet<Guid>> MedicareCaseIdsAsync(RehabDbContext db, IReadOnlyList<Case> cases, CancellationToken ct)
    {
        var policyIds = cases.SelectMany(c => new[] { c.PrimaryPolicyId, c.SecondaryPolicyId ?? Guid.Empty }).Distinct().ToList();
        var payerTypes = await db.Policies.AsNoTracking().Where(p => policyIds.Contains(p.Id))
            .Join(db.Payers, p => p.PayerId, payer => payer.Id, (p, payer) => new { p.Id, payer.Type })
            .ToDictionaryAsync(p => p.Id, p => p.Type, ct);
        return cases.Where(c => new[] { c.PrimaryPolicyId, c.SecondaryPolicyId ?? Guid.Empty }
                .Any(p => payerTypes.TryGetValue(p, out var type) && type.IsMedicare()))
            .Select(c => c.Id).ToHashSet();
    }

    /// <summary>The patient's cases you may see, newest first, with their facts.</summary>
    public static async Task<List<CaseRecord>> OfPatientAsync(RehabDbContext db, ITenantContext tenant, Guid patientId, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().VisibleTo(tenant).Where(c => c.PatientId == patientId)
            .OrderByDescending(c => c.CreatedAt).ToListAsync(ct);
        return await LoadAsync(db, tenant, cases, ct);
    }

    /// <summary>One case you may see with its facts, or null.</summary>
    public static async Task<CaseRecord?> FindAsync(RehabDbContext db, ITenantContext tenant, Guid caseId, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        return found is null ? null : (await LoadAsync(db, tenant, [found], ct)).Single();
    }

    private static async Task<Dictionary<Guid, ReferralView>> ReferralViewsAsync(RehabDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return [];
        var rows = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                Referral = r,
                Physician = db.ReferringPhysicians.Where(p => p.Id == r.ReferringPhysicianId)
                    .Select(p => new { Name = p.FirstName + " " + p.LastName, p.Npi }).FirstOrDefault(),
                Source = db.MarketingSources.Where(m => m.Id == r.MarketingSourceId).Select(m => m.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Referral.Id, r => new ReferralView(
            r.Referral.Id, r.Referral.ReferringPhysicianId, r.Physician?.Name, r.Physician?.Npi,
            r.Referral.MarketingSourceId, r.Source, r.Referral.ReceivedDate, Data.Codes.Split(r.Referral.DiagnosisCodes)));
    }
}
