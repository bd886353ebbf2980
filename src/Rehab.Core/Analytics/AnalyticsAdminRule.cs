namespace Rehab.Core.Analytics;

/// <summary>
/// A company keeps at least one active Analytics Admin, so Analytics' Management section always has someone to run
/// it. A company admin can reach role management anyway and restore one (see the AnalyticsAdmin policy).
/// </summary>
public static class AnalyticsAdminRule
{
    public const int Minimum = 1;

    public static string Refusal(string userName) =>
        $"{userName} is the last active Analytics Admin of the company; make someone else Analytics Admin first.";

    /// <summary>Whether a change taking a user out of the active Analytics Admins is refused.</summary>
    public static bool Refuses(bool adminBefore, bool adminAfter, int adminsBefore) =>
        adminBefore && !adminAfter && adminsBefore - 1 < Minimum;
}
