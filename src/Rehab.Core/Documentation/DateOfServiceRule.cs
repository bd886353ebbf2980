using Rehab.Core.Common;

namespace Rehab.Core.Documentation;

/// <summary>
/// A visit happens between the patient's birth and today at the clinic, and a case's visits on or after its start,
/// the date of its Initial Evaluation (a case starts with it). A note dated outside that is a typing slip, and a
/// claim for it a false claim.
/// </summary>
public static class DateOfServiceRule
{
    /// <summary>Every problem with <paramref name="dateOfService"/>, under <paramref name="field"/>.</summary>
    /// <param name="caseStart">The case's start (<see cref="CaseStart"/>); null for the Initial Evaluation.</param>
    /// <param name="today">The date at the clinic.</param>
    public static IReadOnlyList<Problem> Check(DateOnly dateOfService, DateOnly dateOfBirth, DateOnly? caseStart,
        DateOnly today, string field = "dateOfService")
    {
        var problems = new List<Problem>();
        if (TooEarly(dateOfService, dateOfBirth, caseStart, field) is { } early)
            problems.Add(early);
        if (dateOfService > today)
            problems.Add(new(field, $"The date of service, {Text(dateOfService)}, is in the future; today at the "
                + $"clinic is {Text(today)}. Document a visit on or after the day it happens."));
        return problems;
    }

    /// <summary>The problem of a date of service before 1900, the patient's birth or the case's start.</summary>
    public static Problem? TooEarly(DateOnly dateOfService, DateOnly dateOfBirth, DateOnly? caseStart,
        string field = "dateOfService")
    {
        var date = Text(dateOfService);
        if (dateOfService < PlausibleDates.Earliest)
            return new(field,
                $"The date of service, {date}, is before {PlausibleDates.Earliest:yyyy}; check the year.");
        if (dateOfService < dateOfBirth)
            return new(field,
                $"The date of service, {date}, is before the patient's date of birth, {Text(dateOfBirth)}; "
                + "check the year.");
        if (caseStart is { } start && dateOfService < start)
            return new(field, $"The date of service, {date}, is before the case's Initial Evaluation on "
                + $"{Text(start)}: a case's visits follow its evaluation.");
        return null;
    }

    /// <summary>
    /// The start of a case for the note of <paramref name="type"/>: the date of its Initial Evaluation, or null for the
    /// Initial Evaluation itself and for a case without one.
    /// </summary>
    public static DateOnly? CaseStart(NoteType type, IEnumerable<NoteSummary> caseNotes, Guid? noteId = null) =>
        type == NoteType.InitialEvaluation
            ? null
            : caseNotes.Where(n => n.Type == NoteType.InitialEvaluation && n.Id != noteId)
                .Select(n => (DateOnly?)n.DateOfService).Min();

    private static string Text(DateOnly date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
