using Rehab.Core.Settings;

namespace Rehab.Core.Documentation;

public enum PlanOfCareAlert
{
    None,
    /// <summary>Within the company's Plan of Care Alerts days of the date the plan must be renewed by.</summary>
    EndingSoon,
    /// <summary>Past that date: the patient is treated without a current plan of care.</summary>
    Lapsed,
}

/// <summary>The current plan of care of a case, the date it must be renewed by, and the alert for it.</summary>
/// <param name="SetBy">The finalized note whose plan of care is current.</param>
/// <param name="Ends">The plan's last day: its duration counted from the note's date of service.</param>
/// <param name="RenewBy">The plan's last day, or for Medicare the last day of the 90-day certification if that is earlier.</param>
/// <param name="AlertFrom">The first day the chart warns.</param>
public sealed record PlanOfCareStatus(
    NoteSummary SetBy, PlanOfCare Plan, DateOnly Ends, DateOnly RenewBy, DateOnly AlertFrom, PlanOfCareAlert Alert, string Message);

/// <summary>
/// Plan-of-care end and recertification dates. The current plan is the one on the case's last finalized Initial
/// Evaluation or Progress Note that carries one. Medicare certifies a plan for at most 90 calendar days, the day of
/// the evaluation counting (Pub. 100-02 Ch. 15 §220.1.2). The chart warns the company's
/// <see cref="CompanySettings.PlanOfCareAlertDays"/> before the renewal date.
/// </summary>
public static class PlanOfCareDates
{
    public const int MedicareCertificationDays = 90;

    /// <summary>The last day Medicare certifies a plan of care set on the given date of service, that day counting.</summary>
    public static DateOnly MedicareCertificationEnds(DateOnly setOn) => setOn.AddDays(MedicareCertificationDays - 1);

    /// <summary>The case's plan-of-care status, or null when no finalized note sets a plan or the case is discharged.</summary>
    /// <param name="medicareCase">A payer of the case is a Medicare type.</param>
    public static PlanOfCareStatus? For(IEnumerable<NoteWithContent> caseNotes, bool medicareCase, CompanySettings company, DateOnly today)
    {
        var finalized = caseNotes.Where(n => n.Summary.IsFinalized).ToList();
        if (finalized.Any(n => n.Summary.Type.IsDischarge()))
            return null;
        var current = finalized
            .Where(n => n.Summary.Type is NoteType.InitialEvaluation or NoteType.ProgressNote && n.Content.Evaluation?.PlanOfCare is not null)
            .OrderBy(n => n.Summary.DateOfService).ThenBy(n => n.Summary.FinalizedAt)
            .LastOrDefault();
        if (current is null)
            return null;

        var note = current.Summary;
        var plan = current.Content.Evaluation!.PlanOfCare!;
        var ends = plan.EndsOn(note.DateOfService);
        var certificationEnds = MedicareCertificationEnds(note.DateOfService);
        var renewBy = medicareCase && certificationEnds < ends ? certificationEnds : ends;
        var alertFrom = renewBy.AddDays(-company.PlanOfCareAlertDays);
        var alert = today > renewBy ? PlanOfCareAlert.Lapsed
            : today >= alertFrom ? PlanOfCareAlert.EndingSoon
            : PlanOfCareAlert.None;

        var head = $"The plan of care of the {note.Name} runs to {ends:yyyy-MM-dd}"
            + (!medicareCase ? ""
                : renewBy < ends ? $"; Medicare certifies at most {MedicareCertificationDays} days of it (Pub. 100-02 Ch. 15 §220.1.2), so recertify by {renewBy:yyyy-MM-dd}"
                : "; recertify by then (Medicare, Pub. 100-02 Ch. 15 §220.1.2)");
        var action = medicareCase
            ? "finalize a Recertification with a new plan of care, or discharge the patient"
            : "finalize a Progress Note with a new plan of care, or discharge the patient";
        var message = alert switch
        {
            PlanOfCareAlert.Lapsed => $"{head}. It lapsed {Days(today.DayNumber - renewBy.DayNumber)} ago: {action}.",
            PlanOfCareAlert.EndingSoon =>
                $"{head}: {Days(renewBy.DayNumber - today.DayNumber)} left. {char.ToUpperInvariant(action[0])}{action[1..]} "
                + $"(the alert starts {Days(company.PlanOfCareAlertDays)} before, as Company Settings set it).",
            _ => head + ".",
        };
        return new PlanOfCareStatus(note, plan, ends, renewBy, alertFrom, alert, message);
    }

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
