using Microsoft.EntityFrameworkCore;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Organization;
using Rehab.Web.Settings;

namespace Rehab.Web.Cases;

/// <summary>A case whose plan of care to read: its clinic, whose date is today's, and whether a payer of it is Medicare.</summary>
public sealed record PlanOfCareCase(Guid CaseId, Guid ClinicId, bool IsMedicare);

/// <summary>
/// The current plan of care of cases, with its end, renewal date and alert (<see cref="PlanOfCareDates"/>), read from the
/// cases' finalized evaluative and discharge notes in a fixed number of queries.
/// </summary>
public static class CasePlanOfCare
{
    private static readonly NoteType[] Read =
        [NoteType.InitialEvaluation, NoteType.ProgressNote, NoteType.DischargeSummary, NoteType.AdministrativeDischarge];

    /// <summary>The status of each case that has a current plan of care, by case id; cases without one are left out.</summary>
    public static async Task<Dictionary<Guid, PlanOfCareStatus>> ForAsync(RehabDbContext db, ITenantContext tenant, IReadOnlyList<PlanOfCareCase> cases,
        TimeProvider clock, CancellationToken ct)
    {
        if (cases.Count == 0)
            return [];
        var caseIds = cases.Select(c => c.CaseId).Distinct().ToList();
        var notes = (await db.Notes.AsNoTracking().VisibleTo(tenant)
                .Where(n => caseIds.Contains(n.CaseId) && n.Status == NoteStatus.Finalized && Read.Contains(n.Type))
                .ToListAsync(ct))
            .ToLookup(n => n.CaseId, n => new NoteWithContent(n.ToSummary(), n.ToContent()));
        var company = await SettingsStore.CompanyAsync(db, ct);
        var today = await ClinicDates.TodayAtAsync(db, cases.Select(c => c.ClinicId).Distinct().ToList(), clock, ct);
        var statuses = new Dictionary<Guid, PlanOfCareStatus>();
        foreach (var c in cases)
        {
            if (PlanOfCareDates.For(notes[c.CaseId], c.IsMedicare, company, today[c.ClinicId]) is { } status)
                statuses[c.CaseId] = status;
        }
        return statuses;
    }
}
