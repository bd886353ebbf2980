using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Core.Analytics;
using Rehab.Data;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Analytics;

/// <summary>The roles to give one user: any of ReportingUser, BillingUser, AnalyticsAdmin.</summary>
public sealed record AnalyticsRolesRequest(IReadOnlyList<string>? Roles);

/// <summary>A Bulk User Role Management action (AddAdmin, RemoveAdmin, AddBilling, RemoveBilling) for many users.</summary>
public sealed record AnalyticsRoleBulkRequest(string? Action, IReadOnlyList<Guid>? UserIds);

public static class AnalyticsRoleEndpoints
{
    public static void MapAnalyticsRoleEndpoints(this RouteGroupBuilder api)
    {
        var roles = api.MapGroup("/analytics/roles").WithTags("Analytics").RequireAuthorization(AnalyticsAdminRequirement.Policy);
        roles.MapGet("/", ListAsync).WithSummary("Users and their Analytics roles (derived from permissions, or adjusted)");
        roles.MapPut("/{userId:guid}", SetAsync).WithSummary("Set one user's Analytics roles");
        roles.MapPost("/bulk", BulkAsync).WithSummary("Add or remove Analytics Admin or Billing User for many users");
    }

    private static async Task<Ok<List<AnalyticsRoleRow>>> ListAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        TypedResults.Ok(await AnalyticsRoleDirectory.ListAsync(db, tenant, null, ct));

    private static async Task<Results<Ok<AnalyticsRoleResult>, ValidationProblem, ProblemHttpResult>> SetAsync(
        Guid userId, AnalyticsRolesRequest request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var roles = new HashSet<AnalyticsRole>();
        foreach (var name in request.Roles ?? [])
        {
            if (!Enum.TryParse<AnalyticsRole>(name, false, out var role) || !Enum.IsDefined(role))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["roles"] = [$"'{name}' is not an Analytics role; use ReportingUser, BillingUser or AnalyticsAdmin."],
                });
            roles.Add(role);
        }
        var result = (await AnalyticsRoleDirectory.SetAsync(db, tenant, [(userId, roles)], ct)).Single();
        return result.Outcome switch
        {
            "notFound" => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "User not found",
                detail: "No user with this id exists that you may see."),
            "refused" => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Roles not changed",
                detail: string.Join(" ", result.Reasons),
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["roles"] = [.. result.Reasons] } }),
            _ => TypedResults.Ok(result),
        };
    }

    private static async Task<Results<Ok<AnalyticsRoleBulkResponse>, ValidationProblem>> BulkAsync(
        AnalyticsRoleBulkRequest request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<AnalyticsRoleBulkAction>(request.Action, false, out var action) || !Enum.IsDefined(action))
            errors["action"] = ["Action is AddAdmin, RemoveAdmin, AddBilling or RemoveBilling."];
        if (request.UserIds is not { Count: > 0 })
            errors["userIds"] = ["Choose at least one user."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await AnalyticsRoleDirectory.BulkAsync(db, tenant, action, request.UserIds!, ct));
    }
}
