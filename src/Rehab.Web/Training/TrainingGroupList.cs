using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Training;

namespace Rehab.Web.Training;

public sealed record CourseResponse(Guid Id, Guid GroupId, string Title, string Link, bool IsRequired, int DueWithinDays)
{
    public static CourseResponse From(Course c) => new(c.Id, c.GroupId, c.Title, c.Link, c.IsRequired, c.DueWithinDays);
}

public sealed record TrainingGroupResponse(Guid Id, string Name, string? RoleTemplate, int MemberCount, IReadOnlyList<CourseResponse> Courses)
{
    public static TrainingGroupResponse From(TrainingGroup g, int memberCount) => new(g.Id, g.Name, g.RoleTemplate?.ToString(), memberCount,
        g.Courses.OrderBy(c => c.Title, StringComparer.OrdinalIgnoreCase).Select(CourseResponse.From).ToList());
}

/// <summary>The company's training groups with their courses: role groups in template order, then the others by name.</summary>
public static class TrainingGroupList
{
    public static async Task<List<TrainingGroupResponse>> RunAsync(RehabDbContext db, CancellationToken ct)
    {
        var groups = await db.TrainingGroups.AsNoTracking().Include(g => g.Courses.Where(c => c.RemovedOn == null)).ToListAsync(ct);
        var members = await db.TrainingGroupMembers.GroupBy(m => m.GroupId)
            .Select(g => new { GroupId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.GroupId, g => g.Count, ct);
        return groups
            .OrderBy(g => g.RoleTemplate is null ? int.MaxValue : (int)g.RoleTemplate)
            .ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => TrainingGroupResponse.From(g, members.GetValueOrDefault(g.Id)))
            .ToList();
    }
}
