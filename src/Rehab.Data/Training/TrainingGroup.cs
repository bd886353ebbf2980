using Rehab.Core.Common;
using Rehab.Core.Training;
using Rehab.Core.Users;

namespace Rehab.Data.Training;

/// <summary>A set of courses given to its members; a role group's members are the users of its role template.</summary>
public sealed class TrainingGroup : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public required string Name { get; set; }
    public RoleTemplate? RoleTemplate { get; set; }
    public List<Course> Courses { get; set; } = [];

    public static TrainingGroup ForRole(Guid companyId, RoleTemplate template) =>
        new() { CompanyId = companyId, Name = RoleGroups.GroupName(template), RoleTemplate = template };
}

/// <summary>Coursework given to every member of a group, due a number of days after it is assigned.</summary>
public sealed class Course : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid GroupId { get; set; }
    public required string Title { get; set; }
    public required string Link { get; set; }
    public bool IsRequired { get; set; } = true;
    public int DueWithinDays { get; set; }
    /// <summary>
    /// Set when an administrator removed a course some users had completed: it leaves the group and reaches no one
    /// any more, but stays so those completions keep their course as history.
    /// </summary>
    public DateOnly? RemovedOn { get; set; }

    /// <summary>Takes validated details; open assignments move their due date to the new number of days after they were assigned.</summary>
    public void Change(CourseDetails details, IEnumerable<TrainingAssignment> openAssignments)
    {
        Title = details.TrimmedTitle;
        Link = details.TrimmedLink;
        IsRequired = details.IsRequired;
        DueWithinDays = details.DueWithinDays!.Value;
        foreach (var assignment in openAssignments.Where(a => a.CourseId == Id && a.CompletedOn is null))
            assignment.DueOn = TrainingSchedule.DueOn(assignment.AssignedOn, DueWithinDays);
    }

    /// <summary>Copies validated details.</summary>
    public static Course From(Guid companyId, Guid groupId, CourseDetails details) => new()
    {
        CompanyId = companyId,
        GroupId = groupId,
        Title = details.TrimmedTitle,
        Link = details.TrimmedLink,
        IsRequired = details.IsRequired,
        DueWithinDays = details.DueWithinDays!.Value,
    };
}

/// <summary>A user in a group since a date; they get the courses added to the group while they are in it.</summary>
public sealed class TrainingGroupMember : ITenantOwned
{
    public Guid CompanyId { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public DateOnly JoinedOn { get; set; }
}

/// <summary>One course a user has to take, with its due date and, once done, its completion date.</summary>
public sealed class TrainingAssignment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid UserId { get; set; }
    public Guid CourseId { get; set; }
    public DateOnly AssignedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    /// <summary>Who recorded the completion: the user themself or an administrator.</summary>
    public Guid? CompletedBy { get; set; }

    public static TrainingAssignment For(Guid userId, Course course, DateOnly assignedOn) => new()
    {
        CompanyId = course.CompanyId,
        UserId = userId,
        CourseId = course.Id,
        AssignedOn = assignedOn,
        DueOn = TrainingSchedule.DueOn(assignedOn, course.DueWithinDays),
    };
}
