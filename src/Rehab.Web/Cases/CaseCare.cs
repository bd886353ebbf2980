using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Documentation;
using Rehab.Web.Patients;

namespace Rehab.Web.Cases;

/// <summary>
/// A case as the chart and the case page show it: its record, and for an active case the progress-note rhythm in the
/// discipline of its therapist and its current plan of care.
/// </summary>
public sealed record CaseCare(CaseRecord Record, ProgressNoteStatus? Rhythm, PlanOfCareStatus? PlanOfCare)
{
    /// <summary>
    /// The rhythm's and the plan of care's alerts, then <see cref="CaseAlerts"/>; once the rhythm requires a progress
    /// note it says so instead of the case's own Medicare "progress note due".
    /// </summary>
    /// <param name="today">The date at the clinic.</param>
    public IReadOnlyList<string> Alerts(IReadOnlyList<PolicyResponse> policies, DateOnly today)
    {
        var facts = CaseAlertFactsOf.For(Record, policies);
        if (Rhythm?.Alert == ProgressNoteAlert.Required)
            facts = facts with { ProgressNoteDue = false };
        var alerts = new List<string>();
        if (Rhythm is { Alert: not ProgressNoteAlert.None } rhythm)
            alerts.Add(rhythm.Message);
        if (PlanOfCare is { Alert: not PlanOfCareAlert.None } plan)
            alerts.Add(plan.Message);
        alerts.AddRange(CaseAlerts.For(facts, today));
        return alerts;
    }
}

public static class CaseCares
{
    /// <summary>The records with the rhythm and plan of care of those that are active, in their order.</summary>
    public static async Task<List<CaseCare>> LoadAsync(RehabDbContext db, ITenantContext tenant, IReadOnlyList<CaseRecord> records, TimeProvider clock,
        CancellationToken ct)
    {
        var active = records.Where(r => r.Case.Status == CaseStatus.Active).ToList();
        var therapistIds = active.Select(r => r.Case.AssignedTherapistId).Distinct().ToList();
        var therapists = await db.Users.AsNoTracking().Where(u => therapistIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (UserType?)u.UserType, ct);
        Discipline DisciplineOf(CaseRecord r) => PlanOfCareDiscipline.Of(therapists.GetValueOrDefault(r.Case.AssignedTherapistId), null);

        var rhythms = await NoteRhythm.StatusesAsync(db, [.. active.Select(r => (r.Case.PatientId, DisciplineOf(r)))], ct);
        var plans = await CasePlanOfCare.ForAsync(db, tenant, [.. active.Select(r => new PlanOfCareCase(r.Case.Id, r.Case.ClinicId, r.IsMedicare))],
            clock, ct);
        return records.Select(r => r.Case.Status != CaseStatus.Active
                ? new CaseCare(r, null, null)
                : new CaseCare(r, rhythms.GetValueOrDefault((r.Case.PatientId, DisciplineOf(r))), plans.GetValueOrDefault(r.Case.Id)))
            .ToList();
    }
}
