using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Core.Audit;
using Rehab.Core.Users;
using Rehab.Data;

namespace Rehab.Web.Audit;

public static class AuditEndpoints
{
    public sealed record AuditEntryResponse(
        long Id, DateTimeOffset OccurredAt, string? UserName, Guid? UserId, string Action, string EntityType,
        string? EntityId, Guid? PatientId, Guid? ClinicId, string Outcome, string? ClientAddress, string? Details,
        IReadOnlyList<Guid> PatientIds);

    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", SearchAsync)
            .RequireAuthorization(Permission.ViewAuditLog)
            .WithMetadata(new AuditsReadsAttribute("AuditLog"))
            .WithTags("Audit")
            .WithSummary("Search the company's audit log")
            .WithDescription("Filters: user (username), patient (id: entries about the patient and lists that showed "
                             + "them), from/to (UTC dates, inclusive), action; "
                             + "sort: time, -time, user, -user, action, -action.");
    }

    private static async Task<Results<Ok<List<AuditEntryResponse>>, ValidationProblem>> SearchAsync(
        [AsParameters] AuditSearch search, RehabDbContext db, CancellationToken ct)
    {
        var errors = search.Validate();
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var page = await search.RunAsync(db, ct);
        return TypedResults.Ok(page.Entries.Select(ToResponse).ToList());
    }

    private static AuditEntryResponse ToResponse(AuditEntry a) => new(a.Id, a.OccurredAt, a.UserName, a.UserId, a.Action,
        a.EntityType, a.EntityId, a.PatientId, a.ClinicId, a.Outcome, a.ClientAddress, a.Details,
        a.PatientIds?.Split(' ').Select(Guid.Parse).ToList() ?? []);
}
