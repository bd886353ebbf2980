using Microsoft.EntityFrameworkCore;
using Rehab.Core.Training;
using Rehab.Data;
using Rehab.Data.Training;

namespace Rehab.Web.Training;

/// <summary>An administrator adds a course to a group; everyone in the group gets it, due the set number of days from today.</summary>
public static class AddCourse
{
    public static async Task<TrainingResult<CourseResponse>> RunAsync(Guid groupId, CourseDetails request, RehabDbContext db,
        TrainingEnrollment enrollment, CancellationToken ct)
    {
        var group = await db.TrainingGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
            return TrainingResult.NotFound<CourseResponse>("Training group not found", "No training group with this id exists in your company.");
        var errors = request.Validate();
        if (!errors.IsValid)
            return TrainingResult.Invalid<CourseResponse>(errors.ToDictionary());
        var title = request.TrimmedTitle;
        if (await db.Courses.AnyAsync(c => c.GroupId == groupId && c.Title == title && c.RemovedOn == null, ct))
            return TrainingResult.Conflict<CourseResponse>("Course already in the group", "title",
                $"The group {group.Name} already has a course titled '{title}'.");

        var course = Course.From(group.CompanyId, group.Id, request);
        db.Courses.Add(course);
        await enrollment.AssignToMembersAsync(course, ct);
        await db.SaveChangesAsync(ct);
        return TrainingResult.Ok<CourseResponse>(CourseResponse.From(course), StatusCodes.Status201Created);
    }
}
