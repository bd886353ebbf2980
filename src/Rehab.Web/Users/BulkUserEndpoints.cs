using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Users;

public static class BulkUserEndpoints
{
    public static void MapBulkUserEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/users/bulk", UpdateAsync).WithTags("Users").RequireAuthorization(Permission.EditUsers)
            .WithSummary("Add or remove permissions and clinics for many users")
            .WithDescription("Each user gets the whole change or none of it; refused users are listed with the reasons. " +
                             "With preview: true the result is computed and nothing is saved.");
    }

    private static async Task<Results<Ok<BulkUserUpdateResponse>, ValidationProblem>> UpdateAsync(
        BulkUserUpdateRequest request, RehabDbContext db, ITenantContext tenant, HttpContext http, CancellationToken ct)
    {
        var (response, errors) = await BulkUserUpdates.RunAsync(db, tenant, http.User, request, ct);
        return response is null
            ? TypedResults.ValidationProblem(errors.ToDictionary(), title: "The bulk update was not applied")
            : TypedResults.Ok(response);
    }
}
