using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using Rehab.Web.Patients;

namespace Rehab.Web.Cases;

/// <summary>The facts of a loaded case that <see cref="Core.Cases.CaseAlerts"/> warns about.</summary>
public static class CaseAlertFactsOf
{
    /// <param name="policies">The patient's policies, to name the primary one's payer and end date.</param>
    public static CaseAlertFacts For(CaseRecord record, IReadOnlyList<PolicyResponse> policies)
    {
        var c = record.Case;
        var primary = policies.FirstOrDefault(p => p.Id == c.PrimaryPolicyId);
        return new(c.Status, record.Counters, record.ProgressNoteDue, c.Authorization, primary?.PayerName, primary?.EffectiveTo,
            !string.IsNullOrEmpty(c.TreatingDiagnoses), record.Notes.Any(n => n.Type == NoteType.InitialEvaluation));
    }
}
