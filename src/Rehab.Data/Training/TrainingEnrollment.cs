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
        var group = await db.Set<TrainingGroup>().IgnoreQueryFilters().Include(g => g.Courses)
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
