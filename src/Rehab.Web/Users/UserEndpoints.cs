using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;

namespace Rehab.Web.Users;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", ListAsync).RequireAuthorization(Permission.ViewUsers)
            .WithSummary("The users you may see")
            .WithDescription("Filters: type (user type), status (active, inactive or all; default all), clinic (id), name (part of the name or username). " +
                             "Users limited to some clinics see the users sharing one of their clinics and those with all clinics.");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Permission.ViewUsers).WithSummary("One user");
        group.MapPost("/", CreateAsync).RequireAuthorization(Permission.EditUsers)
            .WithSummary("Add a user")
            .WithDescription("Needs a free license of the user's class in their home clinic when active (409 otherwise, naming the class and clinic); " +
                             "permissions follow the grant rules and the role template's defaults when none are given.");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Permission.EditUsers)
            .WithSummary("Change a user")
            .WithDescription("Changing the user type needs CompanyAdmin; it drops permissions impossible for the new type and re-checks the license. " +
                             "Inactivating ends the user's sessions. At least two active users with EditUsers must remain.");
        UnlockAccount.MapUnlockAccount(api);
    }

    private static async Task<Results<Ok<List<UserResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] UserSearch search, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var errors = search.Validate();
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok(await search.RunAsync(db, tenant, ct));
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetAsync(
        Guid id, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().VisibleTo(db, tenant).FirstOrDefaultAsync(u => u.Id == id, ct);
        return user is null ? Problem(UserEditor.NotFound()) : TypedResults.Ok((await UserResponses.ForAsync(db, [user], ct)).Single());
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        UserInput request, UserEditor editor, RehabDbContext db, ClaimsPrincipal actor, CancellationToken ct)
    {
        var result = await editor.SaveAsync(null, request, actor, ct);
        if (result.Errors is { } errors)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        if (result.Refusal is { } refusal)
            return Problem(refusal);
        var response = (await UserResponses.ForAsync(db, [result.User!], ct)).Single();
        return TypedResults.Created($"/api/v1/users/{response.Id}", response);
    }

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UserInput request, UserEditor editor, RehabDbContext db, ClaimsPrincipal actor, CancellationToken ct)
    {
        var result = await editor.SaveAsync(id, request, actor, ct);
        if (result.Errors is { } errors)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        if (result.Refusal is { } refusal)
            return Problem(refusal);
        return TypedResults.Ok((await UserResponses.ForAsync(db, [result.User!], ct)).Single());
    }

    public static ProblemHttpResult Problem(UserRefusal refusal) =>
        TypedResults.Problem(statusCode: refusal.Status, title: refusal.Title, detail: refusal.Detail, extensions: refusal.Extensions);
}
