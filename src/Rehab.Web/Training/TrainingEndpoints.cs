using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rehab.Core.Training;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Training;

namespace Rehab.Web.Training;

public static class TrainingEndpoints
{
    public static void MapTrainingEndpoints(this RouteGroupBuilder api)
    {
        var training = api.MapGroup("/training").WithTags("Training");
        training.MapGet("/groups", ListGroupsAsync).RequireAuthorization(TrainingPolicies.ViewTraining)
            .WithSummary("The company's training groups with their courses")
            .WithDescription("Needs ViewUsers, EditUsers or CompanyAdmin. Each role template has a group its users join automatically.");
        training.MapPost("/groups", CreateGroupAsync).RequireAuthorization(TrainingPolicies.ManageTraining)
            .WithSummary("Add a training group, optionally for a role template without one, with its first courses")
            .WithDescription("Needs EditUsers or CompanyAdmin. roleTemplate by name (Executive, ClinicDirector, Therapist, Assistant, Student, FrontOffice, Biller). Courses: title, link (http or https), isRequired, dueWithinDays (1 to 365).");
        training.MapPost("/groups/{id:guid}/courses", AddCourseAsync).RequireAuthorization(TrainingPolicies.ManageTraining)
            .WithSummary("Add a course to a group; every member gets it, due the set number of days from today")
            .WithDescription("Needs EditUsers or CompanyAdmin.");
        training.MapPut("/groups/{id:guid}", RenameGroupAsync).RequireAuthorization(TrainingPolicies.ManageTraining)
            .WithSummary("Rename a training group; names are unique in the company")
            .WithDescription("Needs EditUsers or CompanyAdmin. Body: { name }.");
        training.MapPost("/groups/{id:guid}/members", AddMemberAsync).RequireAuthorization(TrainingPolicies.ManageTraining)
            .WithSummary("Add a user to a group without a role template; they get its courses they do not have yet, due from today")
            .WithDescription("Needs EditUsers or CompanyAdmin. Body: { userId }. A role group's members are its role template's users only (409). " +
                             "Adding a member again answers 200 and changes nothing.");
        training.MapDelete("/groups/{id:guid}/members/{userId:guid}", RemoveMemberAsync).RequireAuthorization(TrainingPolicies.ManageTraining)
            .WithSummary("Take a user out of a group without a role template; their open assignments from it go, completed ones stay")
            .WithDescription("Needs EditUsers or CompanyAdmin. Role groups answer 409: change the user's role template instead.");
        training.MapPut("/courses/{id:guid}", ChangeCourseAsync).RequireAuthorization(TrainingPolicies.ManageTraining)
            .WithSummary("Change a course; open assignments take the new due date counted from when they were assigned")
            .WithDescription("Needs EditUsers or CompanyAdmin. Body as when adding a course: title, link, isRequired, dueWithinDays.");
        training.MapDelete("/courses/{id:guid}", RemoveCourseAsync).RequireAuthorization(TrainingPolicies.ManageTraining)
            .WithSummary("Remove a course: open assignments go, completed ones stay as history")
            .WithDescription("Needs EditUsers or CompanyAdmin.");
        training.MapGet("/assignments", ListAssignmentsAsync).RequireAuthorization()
            .WithSummary("Training assignments: your own, or a user's or a clinic's, optionally only the overdue ones")
            .WithDescription("Without parameters: your own. userId or clinicId (users whose home clinic it is) need ViewUsers, EditUsers or CompanyAdmin. " +
                             "overdue=true lists required courses past their due date and not completed.");
        training.MapPost("/assignments/{id:guid}/complete", CompleteAsync).RequireAuthorization()
            .WithSummary("Record a course as completed today (UTC); repeating it keeps the first date")
            .WithDescription("The assigned user, or a user with EditUsers or CompanyAdmin who sees the user's home clinic.");
    }

    private static async Task<Ok<List<TrainingGroupResponse>>> ListGroupsAsync(RehabDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await TrainingGroupList.RunAsync(db, ct));

    private static async Task<Results<Created<TrainingGroupResponse>, ValidationProblem, ProblemHttpResult>> CreateGroupAsync(
        CreateTrainingGroup.NewTrainingGroup request, RehabDbContext db, CancellationToken ct)
    {
        var result = await CreateTrainingGroup.RunAsync(request, db, ct);
        return result.Succeeded ? TypedResults.Created($"/api/v1/training/groups/{result.Value!.Id}", result.Value) : Refusal<Created<TrainingGroupResponse>, TrainingGroupResponse>(result);
    }

    private static async Task<Results<Created<CourseResponse>, ValidationProblem, ProblemHttpResult>> AddCourseAsync(
        Guid id, CourseDetails request, RehabDbContext db, TrainingEnrollment enrollment, CancellationToken ct)
    {
        var result = await AddCourse.RunAsync(id, request, db, enrollment, ct);
        return result.Succeeded ? TypedResults.Created($"/api/v1/training/groups/{id}/courses/{result.Value!.Id}", result.Value) : Refusal<Created<CourseResponse>, CourseResponse>(result);
    }

    private static async Task<Results<Ok<TrainingGroupResponse>, ValidationProblem, ProblemHttpResult>> RenameGroupAsync(
        Guid id, GroupRename request, RehabDbContext db, CancellationToken ct)
    {
        var result = await ChangeTraining.RenameGroupAsync(id, request, db, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : Refusal<Ok<TrainingGroupResponse>, TrainingGroupResponse>(result);
    }

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult>> ChangeCourseAsync(
        Guid id, CourseDetails request, RehabDbContext db, CancellationToken ct)
    {
        var result = await ChangeTraining.ChangeCourseAsync(id, request, db, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : Refusal<Ok<CourseResponse>, CourseResponse>(result);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveCourseAsync(
        Guid id, RehabDbContext db, TrainingEnrollment enrollment, CancellationToken ct)
    {
        var result = await ChangeTraining.RemoveCourseAsync(id, db, enrollment, ct);
        return result.Succeeded ? TypedResults.NoContent() : Refusal<NoContent, bool>(result);
    }

    private static async Task<Results<Created<GroupMemberResponse>, Ok<GroupMemberResponse>, ValidationProblem, ProblemHttpResult>> AddMemberAsync(
        Guid id, NewGroupMember request, RehabDbContext db, ITenantContext tenant, TrainingEnrollment enrollment, CancellationToken ct)
    {
        var result = await ChangeTraining.AddMemberAsync(id, request, db, tenant, enrollment, ct);
        if (!result.Succeeded)
        {
            if (result.Status == StatusCodes.Status400BadRequest)
                return TypedResults.ValidationProblem(result.Errors!);
            return TypedResults.Problem(statusCode: result.Status, title: result.Title, detail: result.Detail,
                extensions: result.Errors is null ? null : new Dictionary<string, object?> { ["errors"] = result.Errors });
        }
        return result.Status == StatusCodes.Status201Created
            ? TypedResults.Created($"/api/v1/training/groups/{id}/members/{result.Value!.UserId}", result.Value)
            : TypedResults.Ok(result.Value!);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveMemberAsync(
        Guid id, Guid userId, RehabDbContext db, ITenantContext tenant, TrainingEnrollment enrollment, CancellationToken ct)
    {
        var result = await ChangeTraining.RemoveMemberAsync(id, userId, db, tenant, enrollment, ct);
        return result.Succeeded ? TypedResults.NoContent() : Refusal<NoContent, bool>(result);
    }

    private static async Task<Results<Ok<List<AssignmentResponse>>, ValidationProblem, ProblemHttpResult>> ListAssignmentsAsync(
        [FromQuery] Guid? userId, [FromQuery] Guid? clinicId, [FromQuery] bool? overdue, HttpContext http,
        RehabDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var result = await AssignmentList.RunAsync(new AssignmentQuery(userId, clinicId, overdue ?? false),
            TrainingPolicies.CanView(http.User), db, tenant, clock, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : Refusal<Ok<List<AssignmentResponse>>, List<AssignmentResponse>>(result);
    }

    private static async Task<Results<Ok<CompletionResponse>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, HttpContext http, RehabDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var result = await CompleteAssignment.RunAsync(id, TrainingPolicies.CanManage(http.User), db, tenant, clock, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : Refusal<Ok<CompletionResponse>, CompletionResponse>(result);
    }

    private static Results<TOk, ValidationProblem, ProblemHttpResult> Refusal<TOk, T>(TrainingResult<T> result) where TOk : IResult
    {
        if (result.Status == StatusCodes.Status400BadRequest)
            return TypedResults.ValidationProblem(result.Errors!);
        return TypedResults.Problem(statusCode: result.Status, title: result.Title, detail: result.Detail,
            extensions: result.Errors is null ? null : new Dictionary<string, object?> { ["errors"] = result.Errors });
    }
}
