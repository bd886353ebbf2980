using Rehab.Core.Common;

namespace Rehab.Core.Documentation;

/// <summary>
/// A Medicare visit after the plan of care's certification has ended (90 days or the plan's end, whichever comes first)
/// needs a recertification, or the clinician's attestation of a delayed certification with the reason for the delay
/// (Pub. 100-02 Ch. 15 §220.1.3). The Initial Evaluation and a Recertification set a new plan, so they need neither.
/// </summary>
public static class CertificationRule
{
    public const int ReasonMaxLength = 1000;

    /// <param name="plan">The case's current plan of care (<see cref="PlanOfCareDates.For"/>, for Medicare).</param>
    /// <param name="delayedCertificationReason">Why the certification is late, as the clinician attests it.</param>
    public static Decision Check(NoteSummary note, PlanOfCareStatus? plan, bool medicareCase,
        string? delayedCertificationReason)
    {
        var reason = Text.TrimToNull(delayedCertificationReason);
        if (reason is { Length: > ReasonMaxLength })
            return new Decision([new("delayedCertificationReason",
                $"The reason for the delayed certification is at most {ReasonMaxLength} characters.")]);
        if (!medicareCase || !note.Type.IsBillable() || SetsPlan(note) || plan is null
            || note.DateOfService <= plan.RenewBy || reason is not null)
            return Decision.Allowed;
        return new Decision([new("delayedCertificationReason",
            $"The {note.Name} is after the plan of care's certification ended on {plan.RenewBy:yyyy-MM-dd}: " +
            "finalize a Recertification with a new plan of care first, or attest a delayed certification by giving " +
            "the reason for the delay (Medicare, Pub. 100-02 Ch. 15 §220.1.3).")]);
    }

    private static bool SetsPlan(NoteSummary note) =>
        note.Type == NoteType.InitialEvaluation || note.Label == ProgressNoteLabel.Recertification;
}
