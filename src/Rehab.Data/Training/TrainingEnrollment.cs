using Microsoft.EntityFrameworkCore;
using Rehab.Core.Training;
using Rehab.Core.Users;
using Rehab.Data.Users;

namespace Rehab.Data.Training;

/// <summary>
/// Puts users into their role's training group and gives them its courses. A user whose role changes leaves the
/// earlier role's group: assignments they already have stay, but that group's new courses no longer reach them.
/// Works for the user's own company whoever is signed in, so provisioning and seeding can enroll too.
/// </summary>
public sealed class TrainingEnrollment(RehabDbContext db, TimeProvider clock) : IRoleTemplateListener
{
    public async Task RoleTemplateAssignedAsync(RehabUser user, RoleTemplate template, CancellationToken ct)
    {
        var companyId = user.CompanyId;
        var today = TrainingSchedule.Today(clock);
        var group = await db.Set<TrainingGroup>().IgnoreQueryFilters().Include(g => g.Courses.Where(c => c.RemovedOn == null))
            .FirstOrDefaultAsync(g => g.CompanyId == companyId && g.RoleTemplate == template, ct);
        if (group is null)
        {
            group = TrainingGroup.ForRole(companyId, template);
            db.Add(group);
        }

        var memberships = await db.Set<TrainingGroupMember>().IgnoreQueryFilters()
            .Where(m => m.CompanyId == companyId && m.UserId == user.Id)
            .Join(db.Set<TrainingGroup>().IgnoreQueryFilters(), m => m.GroupId, g => g.Id, (m, g) => new { Member = m, g.RoleTemplate })
            .ToListAsync(ct);
        foreach (var earlier in memberships.Where(m => m.RoleTemplate is not null && m.RoleTemplate != template))
            db.Remove(earlier.Member);
        if (!memberships.Any(m => m.Member.GroupId == group.Id))
            db.Add(new TrainingGroupMember { CompanyId = companyId, GroupId = group.Id, UserId = user.Id, JoinedOn = today });

        await AssignAsync([user.Id], group.Courses, today, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Gives a course just added to a group to everyone in the group. The caller saves.</summary>
    public async Task AssignToMembersAsync(Course course, CancellationToken ct)
    {
        var members = await db.Set<TrainingGroupMember>().IgnoreQueryFilters()
            .Where(m => m.CompanyId == course.CompanyId && m.GroupId == course.GroupId)
            .Select(m => m.UserId).ToListAsync(ct);
        await AssignAsync(members, [course], TrainingSchedule.Today(clock), ct);
    }

    /// <summary>
    /// Puts a user into a group and gives them its current courses, none they already have. Answers how many
    /// assignments were added; false when they were already a member. The caller saves.
    /// </summary>
    public async Task<(bool Joined, int Assigned)> JoinAsync(TrainingGroup group, Guid userId, CancellationToken ct)
    {
        var today = TrainingSchedule.Today(clock);
        var joined = !await db.Set<TrainingGroupMember>().IgnoreQueryFilters()
            .AnyAsync(m => m.CompanyId == group.CompanyId && m.GroupId == group.Id && m.UserId == userId, ct);
        if (joined)
            db.Add(new TrainingGroupMember { CompanyId = group.CompanyId, GroupId = group.Id, UserId = userId, JoinedOn = today });
        var courses = await db.Set<Course>().IgnoreQueryFilters()
            .Where(c => c.CompanyId == group.CompanyId && c.GroupId == group.Id && c.RemovedOn == null).ToListAsync(ct);
        var before = db.ChangeTracker.Entries<TrainingAssignment>().Count(e => e.State == EntityState.Added);
        await AssignAsync([userId], courses, today, ct);
        return (joined, db.ChangeTracker.Entries<TrainingAssignment>().Count(e => e.State == EntityState.Added) - before);
    }

    /// <summary>
    /// Takes a user out of a group: their open assignments of its courses go, completed ones stay as history.
    /// False when they were not a member. The caller saves.
    /// </summary>
    public async Task<bool> LeaveAsync(TrainingGroup group, Guid userId, CancellationToken ct)
    {
        var member = await db.Set<TrainingGroupMember>().IgnoreQueryFilters()
            .FirstOrDefaultAsync(m => m.CompanyId == group.CompanyId && m.GroupId == group.Id && m.UserId == userId, ct);
        if (member is null)
            return false;
        db.Remove(member);
        var courseIds = db.Set<Course>().IgnoreQueryFilters().Where(c => c.CompanyId == group.CompanyId && c.GroupId == group.Id).Select(c => c.Id);
        db.RemoveRange(await db.Set<TrainingAssignment>().IgnoreQueryFilters()
            .Where(a => a.UserId == userId && a.CompletedOn == null && courseIds.Contains(a.CourseId)).ToListAsync(ct));
        return true;
    }

    /// <summary>
    /// Removes a course: open assignments go, as nobody has to take it any more. When someone completed it, the course
    /// stays marked removed so their completion keeps its title; otherwise it is deleted. The caller saves.
    /// </summary>
    public async Task RemoveCourseAsync(Course course, CancellationToken ct)
    {
        var assignments = await db.Set<TrainingAssignment>().IgnoreQueryFilters().Where(a => a.CourseId == course.Id).ToListAsync(ct);
        db.RemoveRange(assignments.Where(a => a.CompletedOn is null));
        if (assignments.Any(a => a.CompletedOn is not null))
            course.RemovedOn = TrainingSchedule.Today(clock);
        else
            db.Remove(course);
    }

    // A user never gets a second assignment for a course they already have, done or not.
    private async Task AssignAsync(IReadOnlyCollection<Guid> userIds, IReadOnlyCollection<Course> courses, DateOnly today, CancellationToken ct)
    {
        if (userIds.Count == 0 || courses.Count == 0)
            return;
        var courseIds = courses.Select(c => c.Id).ToList();
        var existing = (await db.Set<TrainingAssignment>().IgnoreQueryFilters()
                .Where(a => userIds.Contains(a.UserId) && courseIds.Contains(a.CourseId))
                .Select(a => new { a.UserId, a.CourseId }).ToListAsync(ct))
            .Select(a => (a.UserId, a.CourseId))
            .Concat(db.ChangeTracker.Entries<TrainingAssignment>().Where(e => e.State == EntityState.Added)
                .Select(e => (e.Entity.UserId, e.Entity.CourseId)))
            .ToHashSet();
        foreach (var userId in userIds)
            foreach (var course in courses.Where(c => !existing.Contains((userId, c.Id))))
                db.Add(TrainingAssignment.For(userId, course, today));
    }
}
