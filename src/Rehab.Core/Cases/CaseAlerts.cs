using System.Globalization;

namespace Rehab.Core.Cases;

/// <summary>What is known of an active case that the chart and the case page warn about.</summary>
/// <param name="PrimaryPayerName">The primary policy's payer, with <paramref name="PrimaryPolicyEndsOn"/> when the policy has an end.</param>
public sealed record CaseAlertFacts(
    CaseStatus Status,
    VisitCounters Counters,
    bool ProgressNoteDue,
    AuthorizationDetails? Authorization,
    string? PrimaryPayerName,
    DateOnly? PrimaryPolicyEndsOn,
    bool HasTreatingDiagnosis,
    bool HasInitialEvaluation);

/// <summary>What the chart and the case page warn about on an active case, in the clinic's words.</summary>
public static class CaseAlerts
{
    /// <summary>Authorized visits left at which the front office is warned to ask for more.</summary>
    public const int FewAuthorizedVisitsLeft = 2;

    /// <summary>Days before an authorization ends at which the chart warns.</summary>
    public const int AuthorizationEndingWithinDays = 7;

    /// <param name="today">The date at the case's clinic.</param>
    public static IReadOnlyList<string> For(CaseAlertFacts c, DateOnly today)
    {
        if (c.Status != CaseStatus.Active)
            return [];
        var alerts = new List<string>();
        var counters = c.Counters;
        if (c.ProgressNoteDue)
            alerts.Add($"Progress note due: {counters.VisitsSinceEvaluation} visits since the last evaluative note; " +
                       "Medicare needs a progress report at least every 10th treatment day.");
        if (counters.AuthorizedVisitsRemaining is { } left && left <= 0)
            alerts.Add($"All {counters.AuthorizedVisits} authorized visits are used: ask the payer for more before the next visit.");
        else if (counters.AuthorizedVisitsRemaining is { } few && few <= FewAuthorizedVisitsLeft)
            alerts.Add($"{few} authorized visit{(few == 1 ? "" : "s")} left of {counters.AuthorizedVisits}.");
        if (c.Authorization is { } authorization)
        {
            if (authorization.EndDate < today)
                alerts.Add($"The authorization ended on {Date(authorization.EndDate)}.");
            else if (authorization.EndDate <= today.AddDays(AuthorizationEndingWithinDays))
                alerts.Add($"The authorization ends on {Date(authorization.EndDate)}.");
        }
        if (c.PrimaryPolicyEndsOn is { } ended && ended < today)
            alerts.Add($"The primary policy ({c.PrimaryPayerName}) ended on {Date(ended)}: open a new case when the insurance changes.");
        if (!c.HasTreatingDiagnosis)
            alerts.Add("No treating diagnosis yet: a billable note cannot be finalized without one.");
        if (!c.HasInitialEvaluation)
            alerts.Add("No Initial Evaluation yet: every case starts with one.");
        return alerts;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
