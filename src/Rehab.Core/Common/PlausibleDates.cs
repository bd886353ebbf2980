namespace Rehab.Core.Common;

/// <summary>
/// The dates a clinic's records can plausibly hold, so that a mistyped or placeholder year (1900-01-01, 9999-12-31)
/// is refused where it is entered instead of reaching a claim. Nothing is dated before 1900. A date that has
/// happened (a birth, a referral received) is not in the future; a date that may lie ahead (a policy's or an
/// authorization's start or end) lies at most <see cref="MaxYearsAhead"/> years ahead: coverage and authorizations
/// are set up for a plan year or an episode of care, and a policy without an end date is entered without one.
/// </summary>
public static class PlausibleDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public const int MaxYearsAhead = 5;

    /// <summary>The last date a record entered <paramref name="today"/> may look ahead to.</summary>
    public static DateOnly Latest(DateOnly today) => today.AddYears(MaxYearsAhead);

    /// <summary>Whether a date entered <paramref name="today"/> may be one that has happened.</summary>
    public static bool IsPlausiblePast(DateOnly date, DateOnly today) => date >= Earliest && date <= today;

    /// <summary>Whether a date entered <paramref name="today"/> may be one that lies ahead.</summary>
    public static bool IsPlausibleAhead(DateOnly date, DateOnly today) => date >= Earliest && date <= Latest(today);

    /// <summary>Adds the problem of a date that has happened, when it is before 1900 or in the future.</summary>
    /// <param name="label">The date's name as a sentence starts with it: "The referral's received date".</param>
    public static void CheckPast(ValidationErrors errors, string field, string label, DateOnly? date, DateOnly today)
    {
        if (date is not { } d)
            return;
        if (d < Earliest)
            errors.Add(field, TooEarly(label, d));
        else if (d > today)
            errors.Add(field, $"{label}, {d:yyyy-MM-dd}, is in the future; today at the clinic is {today:yyyy-MM-dd}.");
    }

    /// <summary>Adds the problem of a date that may lie ahead, when it is before 1900 or too far ahead.</summary>
    /// <param name="label">The date's name as a sentence starts with it, such as "The policy's end date".</param>
    public static void CheckAhead(ValidationErrors errors, string field, string label, DateOnly? date, DateOnly today)
    {
        if (date is not { } d)
            return;
        if (d < Earliest)
            errors.Add(field, TooEarly(label, d));
        else if (d > Latest(today))
            errors.Add(field, $"{label}, {d:yyyy-MM-dd}, is more than {MaxYearsAhead} years ahead (after "
                + $"{Latest(today):yyyy-MM-dd}); check the year.");
    }

    private static string TooEarly(string label, DateOnly d) =>
        $"{label}, {d:yyyy-MM-dd}, is before {Earliest:yyyy}; check the year.";
}
