using Microsoft.EntityFrameworkCore;
using Rehab.Core.Training;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Training;

public sealed record CompletionResponse(Guid Id, Guid UserId, Guid CourseId, DateOnly DueOn, DateOnly CompletedOn, Guid? CompletedBy, bool AlreadyCompleted);

/// <summary>
/// The assignee, or an administrator of the assignee's clinic, records a course as done on today's (UTC) date.
/// Completing it again changes nothing and answers the date first recorded.
/// </summary>
public static class CompleteAssignment
{
    public static async Task<TrainingResult<CompletionResponse>> RunAsync(Guid id, bool canManage, RehabDbContext db,
        ITenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var assignment = await db.TrainingAssignments.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assignment is null)
            return NotFound();
        var me = tenant.UserId!.Value;
        if (assignment.UserId != me)
        {
            var visibleClinics = await db.Clinics.AsNoTracking().VisibleTo(tenant).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var homeClinic = await db.Users.Where(u => u.Id == assignment.UserId).Select(u => u.HomeClinicId).FirstOrDefaultAsync(ct);
            if (!AssignmentList.MaySee(homeClinic, tenant, visibleClinics))
                return NotFound();
            if (!canManage)
                return TrainingResult.Forbidden<CompletionResponse>("Only the assigned user or a user administrator may record this course as completed.");
        }

        var already = assignment.CompletedOn is not null;
        if (!already)
        {
            assignment.CompletedOn = TrainingSchedule.Today(clock);
            assignment.CompletedBy = me;
            await db.SaveChangesAsync(ct);
        }
        return TrainingResult.Ok<CompletionResponse>(new CompletionResponse(assignment.Id, assignment.UserId, assignment.CourseId,
            assignment.DueOn, assignment.CompletedOn!.Value, assignment.CompletedBy, already));
    }

    private static TrainingResult<CompletionResponse> NotFound() =>
        TrainingResult.NotFound<CompletionResponse>("Assignment not found", "No training assignment with this id exists that you may see.");
}
