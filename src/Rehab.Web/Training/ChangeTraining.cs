using Microsoft.EntityFrameworkCore;
using Rehab.Core.Training;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;
using Rehab.Data.Training;

namespace Rehab.Web.Training;

public sealed record GroupRename(string? Name);

public sealed record NewGroupMember(Guid? UserId);

public sealed record GroupMemberResponse(Guid GroupId, Guid UserId, DateOnly JoinedOn, bool AlreadyMember, int AssignmentsAdded);

/// <summary>
/// An administrator renames a group, changes or removes a course, and adds users to or takes them out of groups without
/// a role template. Another company's groups, courses and users are not found.
/// </summary>
public static class ChangeTraining
{
    public static async Task<TrainingResult<TrainingGroupResponse>> RenameGroupAsync(Guid groupId, GroupRename request, RehabDbContext db, CancellationToken ct)
    {
        var group = await db.TrainingGroups.Include(g => g.Courses.Where(c => c.RemovedOn == null)).FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
            return GroupNotFound<TrainingGroupResponse>();
        var errors = new TrainingGroupDetails(request.Name).Validate();
        if (!errors.IsValid)
            return TrainingResult.Invalid<TrainingGroupResponse>(errors.ToDictionary());
        var name = request.Name!.Trim();
        if (await db.TrainingGroups.AnyAsync(g => g.Name == name && g.Id != groupId, ct))
            return TrainingResult.Conflict<TrainingGroupResponse>("Group name already used", "name",
                $"A training group named '{name}' already exists; group names must be unique.");
        group.Name = name;
        await db.SaveChangesAsync(ct);
        var members = await db.TrainingGroupMembers.CountAsync(m => m.GroupId == groupId, ct);
        return TrainingResult.Ok(TrainingGroupResponse.From(group, members));
    }

    /// <summary>
    /// Changes a course's title, link, whether it is required and its days to complete. Members who have not completed it
    /// get the new due date counted from the day it was assigned to them; completed assignments keep theirs.
    /// </summary>
    public static async Task<TrainingResult<CourseResponse>> ChangeCourseAsync(Guid courseId, CourseDetails request, RehabDbContext db, CancellationToken ct)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId && c.RemovedOn == null, ct);
        if (course is null)
            return CourseNotFound<CourseResponse>();
        var errors = request.Validate();
        if (!errors.IsValid)
            return TrainingResult.Invalid<CourseResponse>(errors.ToDictionary());
        var title = request.TrimmedTitle;
        if (await db.Courses.AnyAsync(c => c.GroupId == course.GroupId && c.Title == title && c.Id != courseId && c.RemovedOn == null, ct))
            return TrainingResult.Conflict<CourseResponse>("Course already in the group", "title",
                $"The group already has a course titled '{title}'.");
        course.Change(request, await db.TrainingAssignments.Where(a => a.CourseId == courseId && a.CompletedOn == null).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return TrainingResult.Ok(CourseResponse.From(course));
    }

    /// <summary>
    /// Removes a course from its group. Open assignments of it are deleted, since nobody has to take it any more;
    /// completed ones are kept as the record of training done, so such a course stays stored, marked removed, and is
    /// listed nowhere but in those completions. A course nobody completed is deleted outright.
    /// </summary>
    public static async Task<TrainingResult<bool>> RemoveCourseAsync(Guid courseId, RehabDbContext db, TrainingEnrollment enrollment, CancellationToken ct)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId && c.RemovedOn == null, ct);
        if (course is null)
            return CourseNotFound<bool>();
        await enrollment.RemoveCourseAsync(course, ct);
        await db.SaveChangesAsync(ct);
        return TrainingResult.Ok(true, StatusCodes.Status204NoContent);
    }

    /// <summary>
    /// Adds a user to a group without a role template; they get the group's courses they do not have yet, due from today.
    /// Adding a member again changes nothing. A role group's members are the users of its role template only.
    /// </summary>
    public static async Task<TrainingResult<GroupMemberResponse>> AddMemberAsync(Guid groupId, NewGroupMember request, RehabDbContext db,
        ITenantContext tenant, TrainingEnrollment enrollment, CancellationToken ct)
    {
        var group = await db.TrainingGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
            return GroupNotFound<GroupMemberResponse>();
        if (RoleGroupRefusal<GroupMemberResponse>(group) is { } refusal)
            return refusal;
        if (request.UserId is not { } userId || userId == Guid.Empty)
            return TrainingResult.Invalid<GroupMemberResponse>(new Dictionary<string, string[]> { ["userId"] = ["Choose the user to add."] });
        if (!await UserInReachAsync(userId, db, tenant, ct))
            return TrainingResult.NotFound<GroupMemberResponse>("User not found", "No user with this id exists that you may see.");
        var (joined, assigned) = await enrollment.JoinAsync(group, userId, ct);
        await db.SaveChangesAsync(ct);
        var joinedOn = await db.TrainingGroupMembers.Where(m => m.GroupId == groupId && m.UserId == userId).Select(m => m.JoinedOn).SingleAsync(ct);
        return TrainingResult.Ok(new GroupMemberResponse(groupId, userId, joinedOn, !joined, assigned),
            joined ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Takes a user out of a group without a role template: their open assignments from it go, completed ones stay.</summary>
    public static async Task<TrainingResult<bool>> RemoveMemberAsync(Guid groupId, Guid userId, RehabDbContext db, ITenantContext tenant,
        TrainingEnrollment enrollment, CancellationToken ct)
    {
        var group = await db.TrainingGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
            return GroupNotFound<bool>();
        if (RoleGroupRefusal<bool>(group) is { } refusal)
            return refusal;
        if (!await UserInReachAsync(userId, db, tenant, ct) || !await enrollment.LeaveAsync(group, userId, ct))
            return TrainingResult.NotFound<bool>("Member not found", "This user is not a member of the group, or not one you may see.");
        await db.SaveChangesAsync(ct);
        return TrainingResult.Ok(true, StatusCodes.Status204NoContent);
    }

    private static TrainingResult<T>? RoleGroupRefusal<T>(TrainingGroup group) => group.RoleTemplate is null ? null
        : TrainingResult.Conflict<T>("Role group members come from role templates", "userId",
            $"{group.Name} is a role group: its members are the users given that role template, so people join or leave it by changing their role in the User Manager.");

    private static async Task<bool> UserInReachAsync(Guid userId, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.HomeClinicId }).FirstOrDefaultAsync(ct);
        if (user is null)
            return false;
        if (tenant.ClinicIds is null)
            return true;
        var visibleClinics = await db.Clinics.AsNoTracking().VisibleTo(tenant).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return AssignmentList.MaySee(user.HomeClinicId, tenant, visibleClinics);
    }

    private static TrainingResult<T> GroupNotFound<T>() =>
        TrainingResult.NotFound<T>("Training group not found", "No training group with this id exists in your company.");

    private static TrainingResult<T> CourseNotFound<T>() =>
        TrainingResult.NotFound<T>("Course not found", "No course with this id exists in your company.");
}
