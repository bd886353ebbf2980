using Microsoft.EntityFrameworkCore;
using Rehab.Core.Training;
using Rehab.Core.Users;

namespace Rehab.Data.Training;

/// <summary>The training every company starts with: one group per role template, and starter courses for the demo.</summary>
public sealed class TrainingSeed(RehabDbContext db, TrainingEnrollment enrollment)
{
    public static IReadOnlyList<TrainingGroup> RoleGroups(Guid companyId) =>
        RoleTemplates.All.Select(t => TrainingGroup.ForRole(companyId, t)).ToList();

    /// <summary>Adds the starter courses to the company's role groups and gives them to the groups' members.</summary>
    public async Task AddStarterCoursesAsync(Guid companyId, CancellationToken ct = default)
    {
        var groups = await db.Set<TrainingGroup>().IgnoreQueryFilters().Include(g => g.Courses)
            .Where(g => g.CompanyId == companyId && g.RoleTemplate != null).ToListAsync(ct);
        foreach (var template in RoleTemplates.All)
        {
            var group = groups.FirstOrDefault(g => g.RoleTemplate == template);
            if (group is null)
            {
                group = TrainingGroup.ForRole(companyId, template);
                db.Add(group);
            }
            foreach (var details in Core.Training.RoleGroups.StarterCourses(template)
                         .Where(c => !group.Courses.Any(existing => string.Equals(existing.Title, c.Title, StringComparison.OrdinalIgnoreCase))))
            {
                var course = Course.From(companyId, group.Id, details);
                db.Add(course);
                await enrollment.AssignToMembersAsync(course, ct);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
