namespace Rehab.Core.Training;

/// <summary>When a course assignment is due and whether it is overdue; "today" always comes in from the caller.</summary>
public static class TrainingSchedule
{
    /// <summary>The last day to complete a course assigned on <paramref name="assignedOn"/>.</summary>
    public static DateOnly DueOn(DateOnly assignedOn, int dueWithinDays)
    {
        if (dueWithinDays is < CourseDetails.MinDueWithinDays or > CourseDetails.MaxDueWithinDays)
            throw new ArgumentOutOfRangeException(nameof(dueWithinDays), dueWithinDays, "Due within must be 1 to 365 days.");
        return assignedOn.AddDays(dueWithinDays);
    }

    /// <summary>A required course not completed after its due day has passed; optional courses are never overdue.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly? completedOn, bool isRequired, DateOnly today) =>
        isRequired && completedOn is null && today > dueOn;

    public static int DaysOverdue(DateOnly dueOn, DateOnly? completedOn, bool isRequired, DateOnly today) =>
        IsOverdue(dueOn, completedOn, isRequired, today) ? today.DayNumber - dueOn.DayNumber : 0;

    /// <summary>Training dates are UTC calendar dates.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
