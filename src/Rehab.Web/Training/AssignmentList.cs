using Microsoft.EntityFrameworkCore;
using Rehab.Core.Training;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Training;

public sealed record AssignmentResponse(
    Guid Id, Guid UserId, string UserName, string DisplayName, Guid? HomeClinicId, string? HomeClinicName,
    Guid CourseId, string CourseTitle, string CourseLink, bool IsRequired, Guid GroupId, string GroupName,
    DateOnly AssignedOn, DateOnly DueOn, DateOnly? CompletedOn, bool IsOverdue, int DaysOverdue);

/// <summary>
/// Which assignments to list: the caller's own by default; a user's or a clinic's (users whose home clinic it is)
/// for those who may see the company's training; only the overdue ones when asked.
/// </summary>
public sealed record AssignmentQuery(Guid? UserId = null, Guid? ClinicId = null, bool Overdue = false);

public static class AssignmentList
{
    public static async Task<TrainingResult<List<AssignmentResponse>>> RunAsync(AssignmentQuery query, bool canViewOthers,
        RehabDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var me = tenant.UserId!.Value;
        var today = TrainingSchedule.Today(clock);
        var visibleClinics = await db.Clinics.AsNoTracking().VisibleTo(tenant).ToDictionaryAsync(c => c.Id, c => c.Name, ct);

        var users = db.Users.AsNoTracking();
        if (query.UserId is { } userId && userId != me)
        {
            if (!canViewOthers)
                return TrainingResult.Forbidden<List<AssignmentResponse>>("You may list only your own training assignments.");
            var homeClinic = await users.Where(u => u.Id == userId).Select(u => new { u.HomeClinicId }).FirstOrDefaultAsync(ct);
            if (homeClinic is null || !MaySee(homeClinic.HomeClinicId, tenant, visibleClinics))
                return TrainingResult.NotFound<List<AssignmentResponse>>("User not found", "No user with this id exists that you may see.");
            users = users.Where(u => u.Id == userId);
        }
        else if (query.UserId is null && query.ClinicId is { } clinicId)
        {
            if (!canViewOthers)
                return TrainingResult.Forbidden<List<AssignmentResponse>>("Only those who may see the company's users list a clinic's training.");
            if (!visibleClinics.ContainsKey(clinicId))
                return TrainingResult.NotFound<List<AssignmentResponse>>("Clinic not found", "No clinic with this id exists that you may see.");
            users = users.Where(u => u.HomeClinicId == clinicId);
        }
        else
            users = users.Where(u => u.Id == me);

        var assignments = db.TrainingAssignments.AsNoTracking();
        if (query.Overdue)
            assignments = assignments.Where(a => a.CompletedOn == null && a.DueOn < today);

        var rows = await (
                from a in assignments
                join u in users on a.UserId equals u.Id
                join c in db.Courses on a.CourseId equals c.Id
                join g in db.TrainingGroups on c.GroupId equals g.Id
                where !query.Overdue || c.IsRequired
                orderby a.DueOn, u.DisplayName, c.Title
                select new { a, u.UserName, u.DisplayName, u.HomeClinicId, c.Title, c.Link, c.IsRequired, GroupId = g.Id, GroupName = g.Name })
            .ToListAsync(ct);

        return TrainingResult.Ok<List<AssignmentResponse>>(rows.Select(r => new AssignmentResponse(
            r.a.Id, r.a.UserId, r.UserName ?? "", r.DisplayName, r.HomeClinicId,
            r.HomeClinicId is { } home ? visibleClinics.GetValueOrDefault(home) : null,
            r.a.CourseId, r.Title, r.Link, r.IsRequired, r.GroupId, r.GroupName, r.a.AssignedOn, r.a.DueOn, r.a.CompletedOn,
            TrainingSchedule.IsOverdue(r.a.DueOn, r.a.CompletedOn, r.IsRequired, today),
            TrainingSchedule.DaysOverdue(r.a.DueOn, r.a.CompletedOn, r.IsRequired, today))).ToList());
    }

    /// <summary>A user is within reach when the caller sees every clinic, or sees the user's home clinic.</summary>
    public static bool MaySee(Guid? homeClinicId, ITenantContext tenant, IReadOnlyDictionary<Guid, string> visibleClinics) =>
        tenant.ClinicIds is null || (homeClinicId is { } home && visibleClinics.ContainsKey(home));
}
