using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Core.Users;
using Rehab.Web.Auth;
using Rehab.Web.Users;

namespace Rehab.Web.Licensing;

public static class LicenseRequestEndpoints
{
    public static void MapLicenseRequestEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/license-requests").WithTags("Licenses");
        group.MapGet("/", ListAsync).RequireAuthorization(SystemAdmin.LicenseRequestReaders)
            .WithSummary("License adjustment requests")
            .WithDescription("A company's users with ViewUsers see their company's requests; the vendor's account team (SystemAdmin) sees every company's. Filter: status (Pending, Approved, Rejected).");
        group.MapPost("/", SubmitAsync).RequireAuthorization(Permission.ViewUsers)
            .WithSummary("Request License Adjustment: add or remove licenses of a clinic")
            .WithDescription("Direction Add or Remove, counts per class (therapistCount, assistantCount, studentCount), a reason " +
                             $"({string.Join(", ", LicenseRequests.Reasons)}) and an explanation, required for Remove. The request waits for the account team.");
        group.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(SystemAdmin.Policy)
            .WithSummary("Approve a pending request (account team): purchased counts change")
            .WithDescription("A removal that would leave fewer licenses than active users hold is refused with 409.");
        group.MapPost("/{id:guid}/reject", RejectAsync).RequireAuthorization(SystemAdmin.Policy)
            .WithSummary("Reject a pending request (account team)");
    }

    private static async Task<Ok<List<LicenseRequestResponse>>> ListAsync(string? status, LicenseRequests requests, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await requests.ListAsync(user.HasClaim(SystemAdmin.Claim, "true"), status, ct));

    private static async Task<Results<Created<LicenseRequestResponse>, ValidationProblem>> SubmitAsync(
        LicenseRequestInput request, LicenseRequests requests, CancellationToken ct)
    {
        var (created, errors) = await requests.SubmitAsync(request, ct);
        if (created is null)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var response = (await requests.ResponsesAsync([created], ct)).Single();
        return TypedResults.Created($"/api/v1/license-requests/{created.Id}", response);
    }

    private static async Task<Results<Ok<LicenseRequestResponse>, ProblemHttpResult>> ApproveAsync(
        Guid id, LicenseRequestDecision? decision, LicenseRequests requests, CancellationToken ct)
    {
        var (request, refusal) = await requests.ApproveAsync(id, decision?.Note, ct);
        return refusal is not null ? UserEndpoints.Problem(refusal) : TypedResults.Ok((await requests.ResponsesAsync([request!], ct)).Single());
    }

    private static async Task<Results<Ok<LicenseRequestResponse>, ProblemHttpResult>> RejectAsync(
        Guid id, LicenseRequestDecision? decision, LicenseRequests requests, CancellationToken ct)
    {
        var (request, refusal) = await requests.RejectAsync(id, decision?.Note, ct);
        return refusal is not null ? UserEndpoints.Problem(refusal) : TypedResults.Ok((await requests.ResponsesAsync([request!], ct)).Single());
    }
}
